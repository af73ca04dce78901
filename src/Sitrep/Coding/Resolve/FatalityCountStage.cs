using Sitrep.Events;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// How many died in the event, by ACLED's counting: a stated total wins (its lowest figure); otherwise groups add up
/// within a sentence and the largest sentence stands across sentences, with the dead told as more added; dead shared
/// among several events are split. A demonstration's deaths are what it protests, not its own.
/// </summary>
public sealed class FatalityCountStage : IResolutionStage
{
    public const string Field = "fatalities";

    public string Name => "fatalities";
    public DraftField Reads => DraftField.Type;
    public DraftField Writes => DraftField.Fatalities;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context)
    {
        var (doc, frame, lex) = (context.Doc, context.Frame, context.Resources.Lexicon);
        var subType = draft.SubEventType!;
        // A peaceful protest has no dead of its own: a death it names is what it protests ("over the killing of a teacher").
        bool ownDead = subType != SubEventType.PeacefulProtest;
        if (!ownDead) draft = draft.Fired(context.Rule(Field, "peaceful-protest-has-no-dead", "0"));
        // Nor has a riot: "torched a bar after a boy's body was discovered", "against the death of an adolescent".
        bool demonstration = subType.IsDemonstration;
        var deaths = ownDead ? doc.Fatalities.Where(f => frame.Contains(f.Sentence) && f.SplitInto == 0 && !(demonstration && IsCause(doc, lex, f))).ToList() : [];
        // "a wave of strikes that killed 38 people nationwide", "in Kyiv alone, 27 were killed": a tally over a wider area or
        // a longer time is not this event's toll.
        if (deaths.FirstOrDefault(f => f.IsTally) is { } tally)
        {
            draft = draft.Fired(context.Rule(Field, "tally-is-no-event-toll", $"{tally.Low}", tally.Span));
            deaths = [.. deaths.Where(f => !f.IsTally)];
        }
        var totals = deaths.Where(f => f.IsTotal).ToList();
        string rule = "total-stated";
        // "Fatalities coded as 0" closes an ACLED note about one event, even when the note told a second
        // attack in between: it is the first event's total.
        if (totals.Count == 0 && context.EventsBefore == 0 && ownDead && doc.Fatalities.FirstOrDefault(f => f.IsCoded) is { } coded)
            (totals, rule) = ([coded], "coded-figure-of-first-event");
        var counted = totals.Count > 0 ? totals : deaths;
        // Within a sentence groups add up ("12 militants were killed and 3 soldiers killed"); across the
        // sentences of one report the same dead are told again, so the largest sentence total stands.
        // Dead told as more ("7 militants were also killed") add to the rest wherever they are told.
        var perSentence = counted.Where(f => !f.Additional).GroupBy(f => f.Sentence).Select(g => (Low: g.Sum(f => f.Low), High: g.Sum(f => f.High))).ToList();
        var (moreLow, moreHigh) = totals.Count > 0 ? (0, 0) : (counted.Where(f => f.Additional).Sum(f => f.Low), counted.Where(f => f.Additional).Sum(f => f.High));
        int fatalities = totals.Count > 0 ? totals.Min(t => t.Low) : (perSentence.Count > 0 ? perSentence.Max(p => p.Low) : 0) + moreLow;
        int high = Math.Max(fatalities, (perSentence.Count > 0 ? perSentence.Max(p => p.High) : 0) + moreHigh);
        if (totals.Count == 0) rule = moreLow > 0 ? "largest-sentence-and-more" : "largest-sentence-sum";
        if (counted.Count > 0)
            draft = draft.Fired(context.Rule(Field, rule, $"{fatalities} ({fatalities}-{high})", counted.MinBy(f => f.Span.Start)!.Span));
        if (doc.Fatalities.FirstOrDefault(f => f.SplitInto > 0 && frame.Contains(f.Sentence)) is { } split)
        {
            (fatalities, high) = ((fatalities + split.SplitInto - 1) / split.SplitInto, (high + split.SplitInto - 1) / split.SplitInto);
            draft = draft.Fired(context.Rule(Field, "split-among-events", $"{fatalities} ({fatalities}-{high})", split.Span));
        }
        return draft with { Fatalities = fatalities, FatalitiesHigh = high, FatalityEvidence = [.. counted.Select(f => f.Span)] };
    }

    /// <summary>Whether a cause cue ("after the", "against the", "over the") ends right before the count of dead.</summary>
    private static bool IsCause(AnnotatedDocument doc, Sitrep.Resources.Lexicon lex, FatalityMention f)
    {
        var s = doc.Sentences[f.Sentence];
        int at = s.FirstToken;
        while (at < s.EndToken && doc.Tokens[at].Span.Start < f.Span.Start) at++;
        return Cues.Any(lex.Discourse, doc.Tokens, Math.Max(s.FirstToken, at - 3), at, Sitrep.Resources.DiscourseRole.Cause);
    }
}
