using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// The sub-event type a frame's triggers tell: the one with the most trigger weight (a trigger that requires another
/// counts only beside it), then ACLED's precedence between types told together, then the rules that read the frame
/// beyond its triggers (a riot at a demonstration, a weapon disrupted before use, protesters shot).
/// </summary>
public sealed class EventTypeStage : IResolutionStage
{
    public const string Field = "sub_event_type";

    public string Name => "event-type";
    public DraftField Reads => DraftField.None;
    public DraftField Writes => DraftField.Type;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context)
    {
        var (doc, lex, frame, triggers) = (context.Doc, context.Resources.Lexicon, context.Frame, context.Triggers);
        var chosen = ChooseSubType(triggers, context);
        var words = lex.Words;
        draft = draft with { SubEventType = chosen.SubType, TypeEvidence = [.. chosen.Evidence], TriggerWeight = chosen.Weight, Rules = draft.Rules.AddRange(chosen.Rules) };
        // Rioting is a violent demonstration where a demonstration is told, mob violence otherwise (ACLED): "rioters
        // demonstrating against prices" against "rioters set a bank on fire", "prisoners rioted".
        if (draft.SubEventType == SubEventType.MobViolence && DemonstrationTold(doc, frame, lex) is { } told)
            draft = draft with { SubEventType = SubEventType.ViolentDemonstration } with { Rules = draft.Rules.Add(context.Rule(Field, "riot-at-demonstration", SubEventType.ViolentDemonstration, told)) };
        // A weapon seized, found, defused or shot down before it harmed anyone is disrupted weapons use, whatever
        // weapon it was: "recovered four IEDs planted by militants", "the grenade did not explode".
        if (DisruptedBeforeUse(draft.SubEventType, triggers, doc, frame, words))
        {
            // The evidence is the disruption ("defused"), not the weapon it names.
            ImmutableArray<TextSpan> spans = [.. triggers.Where(t => t.Entry.SubEventType == SubEventType.DisruptedWeaponsUse).Select(t => t.Span).Distinct()];
            draft = draft with { SubEventType = SubEventType.DisruptedWeaponsUse, TypeEvidence = spans };
            draft = draft.Fired(context.Rule(Field, "disrupted-before-use", SubEventType.DisruptedWeaponsUse, spans.FirstOrDefault()));
        }
        if (draft.SubEventType is null) return draft;
        // Protesters shot or killed by those who break up their protest: ACLED's excessive force against protesters.
        if ((draft.SubEventType == SubEventType.PeacefulProtest || draft.SubEventType == SubEventType.ProtestWithIntervention) && HarmToProtesters(doc, triggers, lex) is { } harm)
        {
            var (type, rule) = harm.ByProtesters ? (SubEventType.ViolentDemonstration, "protesters-kill") : (SubEventType.ExcessiveForce, "lethal-force-on-protesters");
            draft = draft with { SubEventType = type, TypeEvidence = [harm.Span] };
            draft = draft.Fired(context.Rule(Field, rule, type, harm.Span));
        }
        return draft;
    }

    /// <summary>The chosen sub-event type, the spans it rests on, the weight behind it and the rules that chose it.</summary>
    internal sealed record Choice(SubEventType? SubType, List<TextSpan> Evidence, double Weight, List<RuleFired> Rules);

    /// <summary>The sub-event type with the most trigger weight; a trigger with a requirement counts only when another trigger meets it.</summary>
    internal static Choice ChooseSubType(IReadOnlyList<TriggerMention> triggers, ResolutionContext context)
    {
        var rules = new List<RuleFired>();
        var (words, codebook) = (context.Resources.Lexicon.Words, context.Resources.Lexicon.Codebook);
        var counted = Counted(triggers);
        if (counted.Count == 0) return new(null, [], 0, rules);
        var ranked = counted.GroupBy(t => t.Entry.SubEventType)
            // The strongest signal decides, repeats add a little: one "suicide bombing" outweighs three
            // mentions of the car bomb it was, as ACLED's precedence of suicide bombs asks.
            .Select(g => (SubType: g.Key, Weight: g.Max(t => t.Entry.Weight) + 0.25 * (g.Sum(t => t.Entry.Weight) - g.Max(t => t.Entry.Weight)), First: g.Min(t => t.Span.Start)))
            .OrderByDescending(g => g.Weight).ThenBy(g => g.First).ToList();
        TextSpan? SpanOf(SubEventType subType) => counted.Where(t => t.Entry.SubEventType == subType).MaxBy(t => t.Entry.Weight)?.Span;
        // A strategic development is coded only where no violence or demonstration is told: soldiers killed in an
        // ambush "when they arrived as reinforcement" were attacked; the reinforcement is context.
        var best = ranked.FirstOrDefault(g => !codebook.IsContextOnly(g.SubType), ranked[0]);
        var chosen = best.SubType;
        rules.Add(context.Rule(Field, best.SubType == ranked[0].SubType ? "strongest-trigger" : "violence-outranks-context", chosen, SpanOf(chosen)));
        // ACLED codes the gravest act of an event: harm done to people outranks the arrests or looting
        // told with it ("arrested and beat", "looted the village and killed two").
        if (codebook.IsOutrankedByHarm(chosen) && codebook.HarmPrecedence.FirstOrDefault(h => counted.Any(t => t.Entry.SubEventType == h)) is { } harm)
        {
            chosen = harm;
            rules.Add(context.Rule(Field, "harm-outranks-arrest", chosen, SpanOf(chosen)));
        }
        // Fighting in which a side takes a place is coded by that outcome, as ACLED's territorial sub-event types ask
        // ("took control of the stronghold after clashes with the militiamen"); who took it decides which type.
        // So is an offensive whose air strikes or shelling the story tells beside the capture: the town taken is the news.
        if ((chosen == SubEventType.ArmedClash || chosen.EventType == EventType.Explosions) && counted.Where(t => t.Entry.SubEventType.IsTerritorial).MaxBy(t => t.Entry.Weight) is { } taken)
        {
            chosen = taken.Entry.SubEventType;
            rules.Add(context.Rule(Field, "territory-outranks-clash", chosen, taken.Span));
        }
        // Someone abducted and then killed was attacked: ACLED codes the killing ("kidnapped and shot dead").
        if (chosen == SubEventType.Abduction && counted.FirstOrDefault(t => t.Entry.SubEventType == SubEventType.Attack && !t.IsAnaphoric
            && words.PartOf(WordClass.KillingPart, t.Entry.Phrase)) is { } killing)
        {
            chosen = SubEventType.Attack;
            rules.Add(context.Rule(Field, "killing-outranks-abduction", chosen, killing.Span));
        }
        // Demonstrators who turn violent or riot (a strong word for rioting, not "with sticks", which may be the police's)
        // make a violent demonstration, whatever the police then did.
        if ((chosen == SubEventType.PeacefulProtest || chosen == SubEventType.ProtestWithIntervention) && counted.FirstOrDefault(t => t.Entry.SubEventType == SubEventType.ViolentDemonstration || t.Entry.SubEventType == SubEventType.MobViolence && t.Entry.Weight >= 8) is { } riot)
        {
            chosen = SubEventType.ViolentDemonstration;
            rules.Add(context.Rule(Field, "riot-outranks-protest", chosen, riot.Span));
        }
        var spans = counted.Where(t => t.Entry.SubEventType == chosen).Select(t => t.Span).Distinct().ToList();
        return new(chosen, spans, best.Weight, rules);
    }

    /// <summary>
    /// Where the frame tells a demonstration: a protest word, even one that only names the cause ("likely related to
    /// recent demonstrations"), a form only demonstrations take ("burned tires"), or a demand ("calling for their
    /// release"); null when it tells none.
    /// </summary>
    private static TextSpan? DemonstrationTold(AnnotatedDocument doc, EventFrame frame, Lexicon lex)
    {
        foreach (var s in frame.Sentences.Select(i => doc.Sentences[i]).Where(s => !s.IsBackground))
        {
            var protest = lex.Triggers.FindAll(doc.Tokens, s.FirstToken, s.EndToken)
                .FirstOrDefault(m => m.Values.Any(e => e.Requires is null && (e.SubEventType.EventType == EventType.Protests || e.SubEventType == SubEventType.ViolentDemonstration)));
            if (protest.Length > 0) return Span(doc, protest.Start, protest.Start + protest.Length);
            var demand = lex.Discourse.FindAll(doc.Tokens, s.FirstToken, s.EndToken).FirstOrDefault(m => m.Values.Contains(DiscourseRole.Demand));
            if (demand.Length > 0) return Span(doc, demand.Start, demand.Start + demand.Length);
        }
        return null;
    }

    private static TextSpan Span(AnnotatedDocument doc, int firstToken, int endToken) =>
        new(doc.Tokens[firstToken].Span.Start, doc.Tokens[endToken - 1].Span.End);

    /// <summary>
    /// The triggers that count: those that need nothing, and those whose requirement (a type, or a disorder type:
    /// "thwarted" needs the violence thwarted) another trigger that needs nothing signals.
    /// </summary>
    private static List<TriggerMention> Counted(IReadOnlyList<TriggerMention> triggers)
    {
        var signalled = triggers.Where(t => t.Entry.Requires is null)
            .SelectMany(t => t.Entry.SubEventType.DisorderTypes.Append(t.Entry.SubEventType.Name).Append(t.Entry.SubEventType.EventType.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return triggers.Where(t => t.Entry.Requires is null || signalled.Contains(t.Entry.Requires)).ToList();
    }

    /// <summary>
    /// Whether an explosion or remote weapon the frame names was disrupted rather than used: a disruption word
    /// ("defused", "recovered", "intercepted") is told, and no one died and nothing is told to have gone off.
    /// </summary>
    private static bool DisruptedBeforeUse(SubEventType? subType, IReadOnlyList<TriggerMention> triggers, AnnotatedDocument doc, EventFrame frame, WordClasses words) =>
        subType is not null && subType != SubEventType.DisruptedWeaponsUse
        && subType.EventType == EventType.Explosions
        && Counted(triggers).Any(t => t.Entry.SubEventType == SubEventType.DisruptedWeaponsUse)
        && !triggers.Any(t => t.Entry.SubEventType != SubEventType.DisruptedWeaponsUse && t.Entry.Phrase.Split(' ').Any(w => TellsUse(w, words)))
        && !doc.Fatalities.Any(f => frame.Contains(f.Sentence) && f.High > 0);

    /// <summary>
    /// Whether a word of a trigger phrase tells a weapon went off or struck ("exploded", "blast", "fired", "went off"), or
    /// names one that is fired rather than planted ("artillery"); "firearms" tells neither.
    /// </summary>
    private static bool TellsUse(string word, WordClasses words) =>
        words.Has(WordClass.WeaponUseWord, word) || words.StemOf(WordClass.WeaponUseStem, word);

    /// <summary>
    /// A killing or shooting word told of protesters, as its object ("shot dead two protesters", "opened fire on
    /// demonstrators") or its passive subject ("protesters were killed"), in the frame; or told of them as its doer
    /// ("protesters killed a policeman": <c>ByProtesters</c>); or told with the state's forces as its agent in the
    /// demonstration's frame ("três pessoas morreram baleadas pela polícia durante uma manifestação"): the people the
    /// forces policing a demonstration shoot are its protesters, whatever the text calls them. Null when there is none.
    /// </summary>
    private static (TextSpan Span, bool ByProtesters)? HarmToProtesters(AnnotatedDocument doc, IReadOnlyList<TriggerMention> triggers, Lexicon lex)
    {
        var (tokens, words) = (doc.Tokens, lex.Words);
        // Lethal force or gunfire, told as an act: not a beating (an intervention), nor "the killing of" or "the shot demonstrator".
        // Gunfire read as fighting ("fired on") is no clash when protesters are what it hit: no one fires back in a crowd.
        foreach (var t in triggers.Where(t => t.Entry.Requires is null && (t.Entry.SubEventType == SubEventType.Attack || t.Entry.SubEventType == SubEventType.ArmedClash) && !t.IsAnaphoric
            && words.PartOf(WordClass.LethalPart, t.Entry.Phrase)
            && !(t.Token > 0 && words.Has(WordClass.Article, tokens[t.Token - 1].Folded))))
        {
            int end = t.Token;
            while (end < tokens.Length && tokens[end].Span.End <= t.Span.End) end++;
            // Gunfire read as fighting hits the protesters it is told of next ("fired on protesters"), not a crowd beyond
            // what was fired ("fired tear gas at protesters" is an intervention).
            int reach = t.Entry.SubEventType == SubEventType.ArmedClash ? 1 : 3;
            foreach (var a in doc.Actors.Where(a => a.Sentence == t.Sentence && a.Entries.Any(e => e.Inter == Inter.Protesters)))
            {
                bool objectOf = a.Token >= end && a.Token - end <= reach;
                bool passiveSubject = a.EndToken <= t.Token && t.Token - a.EndToken <= 2
                    && Enumerable.Range(a.EndToken, t.Token - a.EndToken).Any(k => words.Has(WordClass.PassiveAuxiliary, tokens[k].Folded));
                if (objectOf || passiveSubject) return (t.Span, false);
                bool doer = a.EndToken <= t.Token && t.Token - a.EndToken <= 1 && a.Token == doc.Sentences[a.Sentence].FirstToken;
                if (doer) return (t.Span, true);
            }
            // Not a killing the demonstration is about ("depois da morte de um homem baleado por um agente", "a man who
            // was killed by police"), its cause; nor a group told by what it is ("prisoners were killed by guards").
            if (StateForcesAgentAfter(doc, lex, t.Sentence, end) && PeopleKilled(doc, words, t)
                && Cues.RoleBefore(lex.Discourse, tokens, doc.Sentences[t.Sentence].FirstToken, t.Token, CauseReach) != DiscourseRole.Cause)
                return (t.Span, false);
        }
        return null;
    }

    /// <summary>The words before a killing in which a cause cue makes it the cause of the demonstration, not its harm.</summary>
    private const int CauseReach = 6;

    /// <summary>
    /// Whether the killing's subject, told just before it, is people named by a noun that says little of who they are
    /// ("três pessoas morreram baleadas", "three people were shot"), with no relative clause between.
    /// </summary>
    private static bool PeopleKilled(AnnotatedDocument doc, WordClasses words, TriggerMention t) =>
        doc.Actors.Any(a => a.Sentence == t.Sentence && a.EndToken <= t.Token && t.Token - a.EndToken <= 2
            && words.Has(WordClass.WeakNoun, doc.Tokens[a.EndToken - 1].Folded)
            && !Enumerable.Range(a.EndToken, t.Token - a.EndToken).Any(k => words.Has(WordClass.RelativePronoun, doc.Tokens[k].Folded)));

    /// <summary>Whether an agent cue right at <paramref name="at"/> ("pela", "by") names the state's forces as the doer: a state-force mention follows it.</summary>
    private static bool StateForcesAgentAfter(AnnotatedDocument doc, Lexicon lex, int sentence, int at)
    {
        var end = doc.Sentences[sentence].EndToken;
        var (len, roles) = lex.Discourse.MatchAt(doc.Tokens, at, end);
        if (len == 0 || !roles.Contains(DiscourseRole.Agent)) return false;
        int next = at + len;
        while (next < end && next - at - len < 2 && lex.Words.Has(WordClass.AgentFiller, doc.Tokens[next].Folded)) next++;
        return doc.Actors.Any(a => a.Sentence == sentence && a.Token == next && a.Entries.Any(e => e.Inter == Inter.State));
    }
}
