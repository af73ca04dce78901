using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// ACLED's rules between the type and the actors, as one step: violence done by a crowd rather than an organised group
/// is a riot; shooting told one way at civilians is an attack; then the rules on the actors alone (data/acled/type-by-actor.tsv:
/// an attack on an armed actor is an armed clash, an arrest by a non-state group is an abduction, territory is regained by
/// the state and overtaken by anyone else); a victim told as one of a criminal gang makes a clash. The type is settled from the actors first resolved, and the
/// actors are resolved again at most once, for the type the rules settle on. Skipped where a trained model decided the type.
/// </summary>
public sealed class CrossFieldRulesStage : IResolutionStage
{
    public string Name => "cross-field-rules";
    public DraftField Reads => DraftField.Type | DraftField.Actors | DraftField.Place | DraftField.Date;
    public DraftField Writes => DraftField.Type | DraftField.Actors;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context)
    {
        if (draft.Learned) return draft;
        var first = (Type: draft.SubEventType!, Actors: draft.Actors!);
        (SubEventType Type, ResolvedActors Actors)? revised = null;
        // The actors for a type: those first resolved, or the one revision.
        ResolvedActors ActorsFor(SubEventType type)
        {
            if (type == first.Type) return first.Actors;
            if (revised is { } r) return r.Type == type ? r.Actors
                : throw new InvalidOperationException($"The cross-field rules revised the type twice ({first.Type}, {r.Type}, {type}).");
            revised = (type, ActorsResolved(type, draft, context));
            return revised.Value.Actors;
        }

        var (type, rule, because) = ApplyActorRules(first.Type, first.Actors, context.Triggers, context.Resources.Lexicon.Codebook);
        if (rule is not null) draft = draft.Fired(context.Rule(EventTypeStage.Field, rule, type, because));
        // A victim told as one of a criminal gang ("had charges against him for drug trafficking") is an armed actor:
        // killed by anyone but the state, ACLED codes a clash with an unidentified gang.
        var gangVictim = type == SubEventType.Attack && ActorsFor(type).Inter1 != Inter.State ? ArmedVictimTold(context) : null;
        if (gangVictim is { } told)
        {
            type = SubEventType.ArmedClash;
            draft = draft.Fired(context.Rule(EventTypeStage.Field, "armed-victim-is-battle", type, told));
        }
        if (type == first.Type && gangVictim is null) return draft with { SubEventType = type };
        var actors = ActorsFor(type);
        draft = ActorResolutionStage.WithActors(draft with { SubEventType = type }, actors, context);
        if (gangVictim is not null && (actors.Inter2 is Inter.None or Inter.Civilians || actors.Actor2ByConvention))
        {
            var gangName = context.Resources.Lexicon.Codebook[ActorKind.UnidentifiedGang];
            var gang = ActorResolver.Fill(gangName.Template, draft.CountryCode, context.Resources.Gazetteer, context.Resources.Lexicon);
            draft = draft with { Actors = actors with { Actor2 = gang, Inter2 = gangName.Inter } };
            draft = draft.Fired(context.Rule("actor2", "armed-victim-is-gang", gang, gangVictim));
        }
        return draft;
    }

    private static ResolvedActors ActorsResolved(SubEventType type, DraftEvent draft, ResolutionContext context) =>
        ActorResolutionStage.Resolve(type, draft, context);

    /// <summary>
    /// Where the frame, or the sentences after it that tell no other event ("He had charges against him for
    /// theft."), tell the victim as one of a criminal gang (discourse role armed-victim); null when none does.
    /// </summary>
    private static TextSpan? ArmedVictimTold(ResolutionContext context)
    {
        var (doc, frame, lex) = (context.Doc, context.Frame, context.Resources.Lexicon);
        int next = doc.Frames.Where(f => f.First > frame.First).Select(f => f.First).DefaultIfEmpty(doc.Sentences.Length).Min();
        foreach (var s in doc.Sentences.Skip(frame.First).Take(next - frame.First))
        {
            var cue = lex.Discourse.FindAll(doc.Tokens, s.FirstToken, s.EndToken).FirstOrDefault(m => m.Values.Contains(DiscourseRole.ArmedVictim));
            if (cue.Length > 0) return new(doc.Tokens[cue.Start].Span.Start, doc.Tokens[cue.Start + cue.Length - 1].Span.End);
        }
        return null;
    }

    /// <summary>
    /// ACLED's rules between type and actors: the type they give, the name of the rule that changed it (null when
    /// none did) and the span of the actor or trigger it turned on. A clash the text calls one stays a clash, whoever died in it.
    /// </summary>
    internal static (SubEventType SubType, string? Rule, TextSpan? Because) ApplyActorRules(SubEventType subType, ResolvedActors actors, IReadOnlyList<TriggerMention> triggers, AcledCodebook codebook)
    {
        var (military, police) = (codebook[ActorKind.Military].Prefix, codebook[ActorKind.Police].Prefix);
        // Violence by a crowd rather than an organised armed group is a riot: at a demonstration a
        // violent demonstration, otherwise mob violence.
        // A fight fought with guns has armed sides, whoever they are.
        bool firearms = triggers.Any(t => t.Entry.Firearms);
        bool guns = subType.EventType == EventType.Battles && firearms;
        if ((actors.Inter1 == Inter.Rioters || (actors.CrowdActs || actors.UnorganisedFight) && !guns) && (subType.EventType == EventType.Battles || subType.EventType == EventType.ViolenceAgainstCivilians))
            return triggers.Any(t => t.Entry.SubEventType.EventType == EventType.Protests)
                ? (SubEventType.ViolentDemonstration, "crowd-violence-at-demonstration", actors.Actor1Evidence) : (SubEventType.MobViolence, "crowd-violence-is-riot", actors.Actor1Evidence);
        // Shots told one way ("gunmen killed two civilians using small arms fire") at civilians alone are an attack.
        // With no target named, the same holds unless guns were fired, which ACLED codes as a clash
        // ("fired small arms at the positions"): "assaulted a journalist", "stormed the office".
        // The other side the codebook gives a battle told with one side is no target the text names.
        var inter2 = actors.Actor2ByConvention ? Inter.None : actors.Inter2;
        if (subType == SubEventType.ArmedClash && (inter2 == Inter.Civilians || inter2 == Inter.None && !firearms) && triggers.Where(t => t.Entry.SubEventType == SubEventType.ArmedClash).All(t => t.Entry.OneSided))
            return (SubEventType.Attack, "one-sided-violence-is-attack", triggers.FirstOrDefault(t => t.Entry.SubEventType == SubEventType.ArmedClash)?.Span ?? actors.Actor2Evidence);
        // ACLED's rules on the actors alone (data/acled/type-by-actor.tsv): the first that fits gives the type, and a rule
        // that gives the type the event has already changes nothing.
        foreach (var rule in codebook.TypeByActor)
        {
            if (!rule.From.Contains(subType)
                || !rule.Actor1.Fits(c => IsOf(c, actors.Inter1, actors.Actor1, actors.AssocActor1, military, police))
                || !rule.Actor2.Fits(c => IsOf(c, actors.Inter2, actors.Actor2, actors.AssocActor2, military, police))) continue;
            return Changed(subType, rule.To, rule.Name, rule.Actor2.Asks ? actors.Actor2Evidence : actors.Actor1Evidence);
        }
        return (subType, null, null);
    }

    /// <summary>Whether an actor (its inter code, name and associated actor) is of <paramref name="c"/>, by the names the codebook gives state forces.</summary>
    private static bool IsOf(ActorClass c, Inter inter, string name, string assoc, string military, string police) => c switch
    {
        ActorClass.None => inter == Inter.None,
        ActorClass.State => inter == Inter.State,
        ActorClass.Civilians => inter == Inter.Civilians,
        ActorClass.Armed => InterCodes.IsArmed(inter),
        // A rebel government's own forces (Military Forces of Yemen (2016-) Supreme Political Council) are a state's still.
        ActorClass.NonStateArmed => InterCodes.IsNonStateArmed(inter) && !name.StartsWith(military, StringComparison.Ordinal) && !name.StartsWith(police, StringComparison.Ordinal),
        // Groups fighting beside the state's forces take territory for it.
        ActorClass.StateSide => inter == Inter.State || inter != Inter.None && assoc.Contains(military, StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, null),
    };

    private static (SubEventType, string?, TextSpan?) Changed(SubEventType from, SubEventType to, string rule, TextSpan? because) => (to, from == to ? null : rule, from == to ? null : because);
}
