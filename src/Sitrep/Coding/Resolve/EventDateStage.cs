using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Events;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// When the event happened: the first date its sentences tell that says when something happened (not the day of a
/// report nor the start of a period), else any date they tell, else the report's day where they tell the fighting going on, else a date told earlier in the document, else the day another
/// event of the story is told to have happened, else the report's own day, known only to within a few days.
/// </summary>
public sealed class EventDateStage : IResolutionStage
{
    public const string Field = "event_date";

    public string Name => "date";
    public DraftField Reads => DraftField.None;
    public DraftField Writes => DraftField.Date;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context)
    {
        var (doc, frame) = (context.Doc, context.Frame);
        var dates = doc.Dates.Where(d => frame.Contains(d.Sentence)).ToList();
        var (chosen, rule) = dates.FirstOrDefault(d => d.TellsWhen) is { } told ? (told, "date-told-in-event")
            : dates.FirstOrDefault() is { } other ? (other, "untimed-date-in-event")
            : (null, null);
        // No date in the event's sentences, which tell it going on as the story is written ("battles are raging in the
        // city"): the day of the report, not a day told before for another event.
        if (chosen is null && doc.Document.Published is DateOnly today && OngoingWord(doc, frame, context.Resources.Lexicon.Words) is TextSpan ongoing)
            return draft with { Date = today, TimePrecision = TimePrecision.Day, DateEvidence = ongoing, Rules = draft.Rules.Add(context.Rule(Field, "ongoing-on-report-day", $"{today:yyyy-MM-dd} (precision 1)", ongoing)) };
        // Nor told so: a date earlier in the document.
        if (chosen is null) (chosen, rule) = doc.Dates.LastOrDefault(d => d.Sentence < frame.First && d.TellsWhen) is { } earlier ? (earlier, "date-told-before-event")
            // Nor earlier: the day the story's other events are told to have happened ("the raid followed by a day ..."),
            // which is nearer the event than the day of the report.
            : doc.Dates.FirstOrDefault(d => d.TellsWhen && d.Precision == TimePrecision.Day && doc.Frames.Any(f => f.Index != frame.Index && f.Contains(d.Sentence))) is { } story ? (story, "date-of-the-story")
            : (null, null);
        if (chosen is not null)
            return draft with { Date = chosen.Date, TimePrecision = chosen.Precision, DateEvidence = chosen.Span, Rules = draft.Rules.Add(context.Rule(Field, rule!, $"{chosen.Date:yyyy-MM-dd} (precision {(int)chosen.Precision})", chosen.Span)) };
        if (doc.Document.Published is DateOnly published)
            return draft with { Date = published, TimePrecision = TimePrecision.Week, DateEvidence = null, Rules = draft.Rules.Add(context.Rule(Field, "publication-date", $"{published:yyyy-MM-dd} (precision 2)")) };
        return draft with { Date = null, TimePrecision = TimePrecision.Month, DateEvidence = null, Rules = draft.Rules.Add(context.Rule(Field, "no-date-known", "")) };
    }

    /// <summary>The first word of the frame's sentences that tells the fighting still going on (word-classes.tsv: ongoing-word); null when none does.</summary>
    private static TextSpan? OngoingWord(AnnotatedDocument doc, EventFrame frame, WordClasses words)
    {
        foreach (var s in frame.Sentences.Select(i => doc.Sentences[i]).Where(s => !s.IsBackground))
            for (int k = s.FirstToken; k < s.EndToken; k++)
                if (words.Has(WordClass.OngoingWord, doc.Tokens[k].Folded)) return doc.Tokens[k].Span;
        return null;
    }
}
