using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Marks sentences that give context rather than report an event (background.tsv:
/// "declined to comment", "in recent years", "comes a month before"), so a trigger word
/// in them ("attack") yields no event. A sentence with an explicit date of its own is not background.
/// Bylines, date lines, photo captions and the page's boilerplate (the news-structure stage) are background too, and so is a
/// sentence whose every date lies weeks before publication, or in an earlier month it names alone: the story's history.
/// </summary>
public sealed class BackgroundStage : ICodingStage
{
    /// <summary>
    /// News tells what happened in the last days; what it dates weeks before publication ("the war broke out in
    /// April 2023", "last month's attack") is the story's history.
    /// </summary>
    public const int HistoryDays = 21;

    public string Name => "background";
    public Annotation Needs => Annotation.Sentences | Annotation.Dates | Annotation.Structure;
    public Annotation Sets => Annotation.Background;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var tokens = doc.Tokens;
        var matcher = resources.Lexicon.Background;
        // A sentence that dates what it tells ("On 1 May 2020, ... denouncing plans to ...") reports an event,
        // whatever context it adds; not when the day it names is the story's history ("marked the anniversary of the
        // attack on December 16, 2014").
        return doc with
        {
            Sentences = [.. doc.Sentences.Select(s => s with
            {
                IsBackground = s.Part is NewsPartKind.Byline or NewsPartKind.Dateline or NewsPartKind.Boilerplate or NewsPartKind.Caption
                    || IsHistory(doc, s)
                    || IsEarlierPast(doc, resources.Lexicon.Words, s)
                    || matcher.FindAll(tokens, s.FirstToken, s.EndToken).Any()
                    && !doc.Dates.Any(d => d.Sentence == s.Index && d.IsExplicit && d.TellsWhen && !IsPast(doc, d)),
            })],
        };
    }

    /// <summary>
    /// Whether a sentence after the lead tells in the pluperfect what it dates only to an earlier week or month ("La semaine
    /// dernière, trois personnes avaient été tuées"): what happened before the story's event, told as its background, not
    /// a part of it. One dated to the day is another event (the frame stage tells it apart).
    /// </summary>
    private static bool IsEarlierPast(AnnotatedDocument doc, WordClasses words, Sentence s)
    {
        if (doc.Document.Published is not DateOnly published || s.Part is NewsPartKind.Headline or NewsPartKind.Lead) return false;
        // The sentence's dates first, with no list made: most sentences have none, and then their words need no look.
        bool dated = false;
        foreach (var d in doc.Dates)
        {
            if (d.Sentence != s.Index || !d.TellsWhen) continue;
            if (!(d.Precision is TimePrecision.Week or TimePrecision.Month && d.Date < published)) return false;
            dated = true;
        }
        return dated && IsPluperfect(doc, words, s);
    }

    /// <summary>Whether the sentence holds an auxiliary of the pluperfect ("avaient été tuées").</summary>
    public static bool IsPluperfect(AnnotatedDocument doc, WordClasses words, Sentence s) =>
        Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).Any(k => words.Has(WordClass.PluperfectAuxiliary, doc.Tokens[k].Folded));

    /// <summary>Whether a date lies more than <see cref="HistoryDays"/> before publication.</summary>
    private static bool IsPast(AnnotatedDocument doc, DateMention d) =>
        doc.Document.Published is DateOnly published && d.Date < published.AddDays(-HistoryDays);

    /// <summary>Whether every date a sentence after the lead gives for what it tells ends more than <see cref="HistoryDays"/> before publication.</summary>
    private static bool IsHistory(AnnotatedDocument doc, Sentence s)
    {
        // The headline and the lead tell the news, whatever dates they give it.
        if (doc.Document.Published is not DateOnly published || s.Part is NewsPartKind.Headline or NewsPartKind.Lead) return false;
        var dates = doc.Dates.Where(d => d.Sentence == s.Index && d.TellsWhen).ToList();
        // "Since mid-March, the country has recorded 200 deaths": a tally over a period begun weeks ago, with no day of
        // its own, is the story's context.
        if (dates.Count == 0 && doc.Dates.Any(d => d.Sentence == s.Index && d.IsPeriodStart && d.Date < published.AddDays(-HistoryDays))) return true;
        // A date known to the week or month ends later than its middle day. News dates its own event to the day or the
        // week; what it dates only to an earlier month ("in December, a patrol lost two men" in a January story) is
        // the story's history however near that month ends.
        return dates.Count > 0 && dates.All(d => d.Date.AddDays(d.Precision switch { TimePrecision.Month => 15, TimePrecision.Week => 3, _ => 0 }) < published.AddDays(-HistoryDays)
            || d.Precision == TimePrecision.Month && d.Date.Year * 12 + d.Date.Month < published.Year * 12 + published.Month);
    }
}
