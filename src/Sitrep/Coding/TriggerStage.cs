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
/// dates ("21 March 2020") are not triggers.
/// </summary>
public sealed class TriggerStage : ICodingStage
{
    public string Name => "triggers";
    public Annotation Needs => Annotation.Sentences | Annotation.Dates | Annotation.Background;
    public Annotation Sets => Annotation.Triggers;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var lex = resources.Lexicon;
        var tokens = doc.Tokens;
        var found = ImmutableArray.CreateBuilder<TriggerMention>();
        foreach (var s in doc.Sentences)
        {
            if (s.IsBackground) continue;
            var inSentence = new List<(TriggerMention Trigger, bool Cause)>();
            for (int start = s.FirstToken; start < s.EndToken;)
            {
                var matches = lex.Triggers.MatchAllAt(tokens, start, s.EndToken);
                // "21 March 2020" is a date, not a march.
                if (matches.Count == 0 || doc.Dates.Any(d => d.Sentence == s.Index && d.Span.Contains(tokens[start].Span))) { start++; continue; }
                int length = matches[0].Length;
                // "The fight against terrorism", "the war on drugs": a campaign, not a fight anyone fought that day.
                bool campaign = lex.Discourse.MatchAt(tokens, start + length, s.EndToken) is { Length: > 0 } after && after.Values.Contains(DiscourseRole.Campaign);
                if (Cues.RoleBefore(lex.Discourse, tokens, s.FirstToken, start, 3) != DiscourseRole.Modality)
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
            // A noun naming the cause ("over the killing of") is dropped when something else in the sentence is the event.
            bool otherEvent = inSentence.Any(t => !t.Cause && t.Trigger.Entry.Requires is null);
            found.AddRange(inSentence.Where(t => !t.Cause || !otherEvent).Select(t => t.Trigger));
        }
        return doc with { Triggers = found.ToImmutable() };
    }
}
