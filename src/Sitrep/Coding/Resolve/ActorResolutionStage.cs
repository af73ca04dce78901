using Sitrep.Events;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// Who did it to whom, by <see cref="ActorResolver"/>, for the sub-event type and country the stages before chose:
/// demonstrations name their actors by ACLED's own rule, other events by who the text tells acting and acted on.
/// The names are then those ACLED gives on the event's date (<see cref="DatedActorNames"/>), so the date comes first.
/// </summary>
public sealed class ActorResolutionStage : IResolutionStage
{
    public string Name => "actors";
    public DraftField Reads => DraftField.Type | DraftField.Place | DraftField.Date;
    public DraftField Writes => DraftField.Actors;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context) =>
        WithActors(draft, Resolve(draft.SubEventType!, draft, context), context);

    /// <summary>The actors of the frame as an event of <paramref name="subEventType"/> in the draft's country, named as on its date.</summary>
    internal static ResolvedActors Resolve(SubEventType subEventType, DraftEvent draft, ResolutionContext context) =>
        DatedActorNames.For(context.Resources).Apply(
            PursuersAct(ActorResolver.Resolve(context.Doc, context.Frame, subEventType, draft.CountryCode, context.Resources.Gazetteer, context.Resources.Lexicon), subEventType, draft, context),
            draft.Date, draft.CountryCode);

    /// <summary>
    /// In a frame that tells the state's forces pursuing the suspects of an event (<see cref="FrameStage.PursuitRule"/>), the
    /// forces are the doer and the hunted their target, however the sentences weigh them (a sentence on who the gunmen were
    /// makes them its subject, not the doers of the raid). Hunted for an armed attack, the suspects are armed men, not
    /// civilians: where the text names them no further, the unnamed armed actor of unnamed-actors.tsv.
    /// </summary>
    private static ResolvedActors PursuersAct(ResolvedActors actors, SubEventType subEventType, DraftEvent draft, ResolutionContext context)
    {
        if (context.Frame.OpenedBy != FrameStage.PursuitRule) return actors;
        if (actors.Inter2 == Inter.State && actors.Inter1 != Inter.State)
            actors = actors with
            {
                Actor1 = actors.Actor2, Inter1 = actors.Inter2, AssocActor1 = actors.AssocActor2, Actor1Evidence = actors.Actor2Evidence, Actor1NameRule = actors.Actor2NameRule,
                Actor2 = actors.Actor1, Inter2 = actors.Inter1, AssocActor2 = actors.AssocActor1, Actor2Evidence = actors.Actor1Evidence, Actor2NameRule = actors.Actor1NameRule,
                Actor1Rule = "pursuers-act", Actor2Rule = "pursued-suspects",
            };
        else if (actors.Inter1 == Inter.State && actors.Inter2 is Inter.Civilians or Inter.None)
        {
            var lex = context.Resources.Lexicon;
            var (name, inter) = lex.UnnamedActor(subEventType, draft.CountryCode);
            actors = actors with
            {
                Actor2 = ActorResolver.Fill(name, draft.CountryCode, context.Resources.Gazetteer, lex), Inter2 = inter, AssocActor2 = "",
                Actor2Evidence = context.Frame.OpenedAt, Actor2NameRule = "", Actor2Rule = "pursued-suspects",
            };
        }
        return actors;
    }

    /// <summary>
    /// The draft with <paramref name="actors"/> set and the rules that chose them recorded, each with the name it chose,
    /// then the rules that named them as on the event's day.
    /// </summary>
    internal static DraftEvent WithActors(DraftEvent draft, ResolvedActors actors, ResolutionContext context)
    {
        string Chosen(string field, string name) => actors.DatedBy.FirstOrDefault(r => r.Field == field)?.From ?? name;
        draft = draft with { Actors = actors };
        draft = draft.Fired(context.Rule("actor1", actors.Actor1Rule, Chosen("actor1", actors.Actor1), actors.Actor1Evidence));
        if (actors.Actor1NameRule.Length > 0) draft = draft.Fired(context.Rule("actor1", actors.Actor1NameRule, Chosen("actor1", actors.Actor1), actors.Actor1Evidence));
        if (actors.Actor2.Length > 0) draft = draft.Fired(context.Rule("actor2", actors.Actor2Rule, Chosen("actor2", actors.Actor2), actors.Actor2Evidence));
        if (actors.Actor2.Length > 0 && actors.Actor2NameRule.Length > 0) draft = draft.Fired(context.Rule("actor2", actors.Actor2NameRule, Chosen("actor2", actors.Actor2), actors.Actor2Evidence));
        foreach (var dated in actors.DatedBy) draft = draft.Fired(context.Rule(dated.Field, dated.Rule, dated.To, draft.DateEvidence));
        return draft;
    }
}
