using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Events;

namespace Sitrep.Coding;

/// <summary>
/// Finds trigger phrases (triggers.tsv) in sentences that are not background. A trigger
/// right after a modality cue ("threatened to attack", "no one was killed") or right before a campaign cue
/// ("fight against terrorism") is dropped;
/// a trigger noun after a determiner (word-classes.tsv: "the", "this", "that") is marked anaphoric: it may refer back; a trigger noun
/// a few words after a cause cue ("over the killing of") is dropped when the sentence has another. Words inside
/// dates ("21 March 2020") are not triggers. A trigger whose own time is the story's history is dropped
/// (<see cref="OfHistory"/>: "the 2016 truck attack", "seized power in coups in 2020 and 2021").
/// </summary>
public sealed class TriggerStage : ICodingStage
{
    public string Name => "triggers";
    public Annotation Needs => Annotation.Sentences | Annotation.Dates | Annotation.Background;
    public Annotation Sets => Annotation.Triggers;

    /// <summary>
    /// The most words between a modality cue and a trigger it keeps from happening: "threatened to | attack", "le risque
    /// de | tomber sur des | mines".
    /// </summary>
    private const int ModalityReach = 3;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var lex = resources.Lexicon;
        var tokens = doc.Tokens;
        var found = ImmutableArray.CreateBuilder<TriggerMention>();
        foreach (var s in doc.Sentences)
        {
            if (s.IsBackground) continue;
            var inSentence = new List<(TriggerMention Trigger, bool Cause)>();
            int keptEnd = -2;
            for (int start = s.FirstToken; start < s.EndToken;)
            {
                var matches = lex.Triggers.MatchAllAt(tokens, start, s.EndToken);
                // "21 March 2020" is a date, not a march.
                if (matches.Count == 0 || doc.Dates.Any(d => d.Sentence == s.Index && d.Span.Contains(tokens[start].Span))) { start++; continue; }
                int length = matches[0].Length;
                // "The fight against terrorism", "the war on drugs": a campaign, not a fight anyone fought that day.
                bool campaign = lex.Discourse.MatchAt(tokens, start + length, s.EndToken) is { Length: > 0 } after && after.Values.Contains(DiscourseRole.Campaign);
                // "des mines artisanales (EEI)": the abbreviation in brackets right after a word the modality kept
                // from happening is that word again.
                bool kept = Cues.RoleEndingWithin(lex.Discourse, tokens, s.FirstToken, start, ModalityReach) == DiscourseRole.Modality
                    || start - keptEnd == 1 && tokens[keptEnd].Folded == "(";
                if (kept) keptEnd = start + length;
                else
                {
                    bool determiner = start > s.FirstToken && lex.Words.Has(WordClass.Determiner, tokens[start - 1].Folded);
                    bool cause = Cues.Any(lex.Discourse, tokens, Math.Max(s.FirstToken, start - 6), start, DiscourseRole.Cause);
                    // The longest phrase speaks; a shorter one at the same place adds only sub-event types the
                    // longer did not ("clashed with police" needs a protest, "clashed" alone is a clash).
                    var seen = new HashSet<string>();
                    foreach (var (len, entries) in matches)
                    {
                        var span = new TextSpan(tokens[start].Span.Start, tokens[start + len - 1].Span.End);
                        foreach (var e in entries)
                            // Protesting against corruption is still a protest.
                            if ((!campaign || e.SubEventType.IsDemonstration) && seen.Add(e.SubEventType.Name + "|" + e.Requires))
                                inSentence.Add((new TriggerMention(span, s.Index, start, e, e.IsNoun && determiner), cause && e.IsNoun));
                    }
                }
                // A phrase that counts only beside a protest ("police arrested") must not hide the plain
                // trigger inside it ("arrested"): step over it only when it stands on its own.
                start += matches[0].Values.Any(e => e.Requires is null) ? length : 1;
            }
            inSentence.RemoveAll(t => OfHistory(lex, doc, s, t.Trigger, inSentence.Select(o => o.Trigger)));
            // A noun naming the cause ("over the killing of") is dropped when something else in the sentence is the event.
            bool otherEvent = inSentence.Any(t => !t.Cause && t.Trigger.Entry.Requires is null);
            found.AddRange(inSentence.Where(t => !t.Cause || !otherEvent).Select(t => t.Trigger));
        }
        return doc with { Triggers = found.ToImmutable() };
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a bare year ended weeks before publication, after a word that makes a number a time
    /// (calendar.tsv's month-prefix words), a determiner or an article ("in 2003", "the 2016 attack", "a 2015 siege"): "nearly 2000
    /// workers" is a count.
    /// </summary>
    internal static bool IsPastYear(Lexicon lex, AnnotatedDocument doc, Sentence s, int i, DateOnly published)
    {
        var tokens = doc.Tokens;
        var limit = published.AddDays(-BackgroundStage.HistoryDays);
        // The sentence's dates (but the report's own) are looked through only for a number that may be a year.
        return tokens[i].IsBareNumber && tokens[i].Folded.Length == 4 && int.Parse(tokens[i].Folded) is >= 1900 and var y
            && y < published.Year && new DateOnly(y, 12, 31) < limit
            && !doc.Dates.Any(d => d.Sentence == s.Index && !d.IsReportDate && d.Span.Contains(tokens[i].Span))
            && i > s.FirstToken && (DateStage.IsCalendar(lex, tokens, i - 1, CalendarWordKind.MonthPrefix) || lex.Words.Has(WordClass.Determiner, tokens[i - 1].Folded)
                || lex.Words.Has(WordClass.Article, tokens[i - 1].Folded));
    }

    /// <summary>How far after a trigger a time it is told with may lie ("attacks on villages in Ituri province in 2003").</summary>
    private const int TimeAfter = 10;

    /// <summary>
    /// Whether what a trigger tells is dated to the story's history (rule history-time): a year, or a day more than
    /// <see cref="BackgroundStage.HistoryDays"/> before publication, right before the trigger ("the 2016 truck attack",
    /// "the 2021 coup") or the first time told after it, before any other trigger takes the words ("seized power in
    /// coups in 2020 and 2021", "killed 147 people, most of them children, on December 16, 2014"). A court, an
    /// anniversary or a profile tells the old event beside today's news; the old event is no new one.
    /// </summary>
    private static bool OfHistory(Lexicon lex, AnnotatedDocument doc, Sentence s, TriggerMention trigger, IEnumerable<TriggerMention> others)
    {
        if (doc.Document.Published is not DateOnly published) return false;
        var tokens = doc.Tokens;
        var limit = published.AddDays(-BackgroundStage.HistoryDays);
        var dates = doc.Dates.Where(d => d.Sentence == s.Index && !d.IsReportDate).ToList();
        // A bare year ("in 2003", "since 2022", "the 2016 attack") is no date of the date stage: it dates nothing to the day,
        // but an act told in a year ended weeks before publication is history all the same. Only after a word that makes
        // a number a time (calendar.tsv's month-prefix words) or a determiner: "nearly 2000 workers" is a count.
        bool PastYear(int i) => IsPastYear(lex, doc, s, i, published);
        // The headline and the lead tell the news whatever dates they give it (BackgroundStage), unless they also tell
        // today's: "A court on Thursday sentenced a man over the 2016 truck attack".
        if (s.Part is NewsPartKind.Headline or NewsPartKind.Lead && !dates.Any(d => d.TellsWhen && d.Date >= limit)) return false;
        int end = trigger.Token + 1;
        while (end < s.EndToken && tokens[end].Span.End <= trigger.Span.End) end++;
        for (int i = trigger.Token - 1; i >= Math.Max(s.FirstToken, trigger.Token - 3) && !tokens[i].IsPunct; i--)
            if (PastYear(i)) return true;
        int next = others.Where(o => o.Token >= end).Select(o => o.Token).DefaultIfEmpty(s.EndToken).Min();
        for (int i = end; i < Math.Min(Math.Min(next, s.EndToken), end + TimeAfter); i++)
        {
            // Only a date that gives its year: "July 7" may name a street or a district ("the July 7 neighbourhood").
            if (dates.FirstOrDefault(d => d.Token == i) is { } date)
                return date.Date < limit && tokens.Skip(date.Token).TakeWhile(t => t.Span.End <= date.Span.End).Any(t => t.IsBareNumber && t.Folded.Length == 4);
            if (PastYear(i)) return true;
        }
        return false;
    }
}
