using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Finds trigger phrases (triggers.tsv) in sentences that are not background. A trigger
/// right after a modality cue ("threatened to attack", "no one was killed") is dropped;
/// a trigger noun after "the", "this" or "that" is marked anaphoric: it may refer back.
/// </summary>
public sealed class TriggerStage : ICodingStage
{
    private static readonly HashSet<string> Determiners = ["the", "this", "that", "these", "those", "its", "their", "said"];

    public string Name => "triggers";
    public Annotation Needs => Annotation.Sentences | Annotation.Background;
    public Annotation Sets => Annotation.Triggers;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var lex = resources.Lexicon;
        var tokens = doc.Tokens;
        var found = ImmutableArray.CreateBuilder<TriggerMention>();
        foreach (var s in doc.Sentences)
        {
            if (s.IsBackground) continue;
            foreach (var (start, length, entries) in lex.Triggers.FindAll(tokens, s.FirstToken, s.EndToken))
            {
                if (Cues.RoleBefore(lex.Discourse, tokens, s.FirstToken, start, 3) == DiscourseRole.Modality) continue;
                var span = new TextSpan(tokens[start].Span.Start, tokens[start + length - 1].Span.End);
                bool determiner = start > s.FirstToken && Determiners.Contains(tokens[start - 1].Folded);
                foreach (var e in entries)
                    found.Add(new TriggerMention(span, s.Index, start, e, e.IsNoun && determiner));
            }
        }
        return doc with { Triggers = found.ToImmutable() };
    }
}
