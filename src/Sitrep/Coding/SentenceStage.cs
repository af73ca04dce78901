using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Splits tokens into sentences: at a line break, or after '.', '!' or '?' (and any closing
/// quote) when the next token starts with a capital, a digit or a quote; not after known
/// abbreviations ("Gen.", "U.S.") or a single capital letter (an initial).
/// </summary>
public sealed class SentenceStage : ICodingStage
{
    public string Name => "sentences";
    public Annotation Needs => Annotation.Tokens;
    public Annotation Sets => Annotation.Sentences;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var tokens = doc.Tokens;
        var text = doc.Text;
        var abbreviations = resources.Lexicon.Abbreviations;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int start = 0;
        void Close(int end)
        {
            if (end <= start) return;
            sentences.Add(new Sentence(sentences.Count, new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End), start, end));
            start = end;
        }
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > start && LineBreakBetween(text, tokens[i - 1].Span.End, tokens[i].Span.Start))
            {
                Close(i);
            }
            var t = tokens[i];
            if (!t.IsPunct || t.Folded is not ("." or "!" or "?")) continue;
            int end = i + 1;
            while (end < tokens.Length && tokens[end].IsPunct && tokens[end].Folded is "\"" or "\u201D" or "'" or "\u2019" or ")")
                end++;
            if (end >= tokens.Length) { Close(end); break; }
            var next = tokens[end];
            bool nextStarts = next.IsCapitalized || next.Shape == TokenShape.Number || next.Folded is "\"" or "\u201C" or "\u2018" or "'";
            if (!nextStarts) continue;
            if (t.Folded == "." && i > start)
            {
                var prev = tokens[i - 1];
                bool adjacent = prev.Span.End == t.Span.Start;
                if (adjacent && prev.IsWord && (abbreviations.Contains(prev.Folded) || (prev.Span.Length == 1 && prev.IsCapitalized)))
                    continue;
            }
            Close(end);
            i = end - 1;
        }
        Close(tokens.Length);
        return doc with { Sentences = sentences.ToImmutable() };
    }

    private static bool LineBreakBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] == '\n') return true;
        return false;
    }
}
