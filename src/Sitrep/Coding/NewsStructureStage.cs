using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Tells the parts of a news story apart, as spans of the original text: the headline (a first line that
/// repeats the title, or a short first line without a full stop), bylines, a line that is only a date, the
/// dateline that opens the first paragraph ("KABUL, March 3 (Reuters) -", "BANGKOK:", "(Nairobi) –"), the
/// lead, quotes, photo captions (a line closed by an agency's credit: "... on Thursday. (AFP)", "REUTERS/Jane Doe")
/// and the page's boilerplate ("Read more", copyright lines; news-structure.tsv). Each sentence
/// is given the part it opens. Plain text and text reduced from HTML read alike: one paragraph a line.
/// </summary>
public sealed class NewsStructureStage : ICodingStage
{
    /// <summary>Only the first lines of a story hold its headline, bylines and date line.</summary>
    private const int HeadLines = 4;
    /// <summary>A dateline is a few words: places, a date, an agency.</summary>
    private const int MaxDatelineTokens = 12;
    private const int MaxHeadlineTokens = 30;
    private const int MaxBylineTokens = 16;
    /// <summary>A photo's credit is a few words: "(AFP)", "(AP Photo/Jane Doe)", "REUTERS/Jane Doe", "Photo : AFP".</summary>
    private const int MaxCreditTokens = 8;
    /// <summary>A caption is a sentence or two; a longer line closed by an agency's name is a paragraph the agency wrote.</summary>
    private const int MaxCaptionTokens = 60;

    public string Name => "news-structure";
    public Annotation Needs => Annotation.Tokens | Annotation.Sentences;
    public Annotation Sets => Annotation.Structure;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var lex = resources.Lexicon;
        var tokens = doc.Tokens;
        var lines = Lines(doc.Text, tokens);
        var parts = new List<NewsPart>();
        var title = doc.Document.Title is { Length: > 0 } t ? Fold(Tokenizer.Tokenize(t)) : null;

        var boilerplate = lines.Select(l => Boilerplate(lex, tokens, l.From, l.To)).ToList();
        int lastStoryLine = boilerplate.FindLastIndex(b => !b);
        int body = -1;
        for (int l = 0; l < lines.Count; l++)
        {
            var (span, from, to) = lines[l];
            var kind = boilerplate[l] ? NewsPartKind.Boilerplate
                : IsCaption(lex, tokens, from, to, storyGoesOn: l < lastStoryLine) ? NewsPartKind.Caption : (NewsPartKind?)null;
            if (kind is null && l < HeadLines && body < 0)
            {
                if (IsDateOnly(lex, tokens, from, to)) kind = NewsPartKind.Dateline;
                else if (IsByline(lex, tokens, from, to, l == 0 && title is null || title is not null && Fold(tokens, from, to) == title)) kind = NewsPartKind.Byline;
                else if (l == 0 && IsHeadline(tokens, from, to, title, lines.Count)) kind = NewsPartKind.Headline;
            }
            if (kind is { } k) { parts.Add(new NewsPart(k, span)); continue; }
            if (body < 0)
            {
                body = l;
                if (Dateline(lex, doc.Text, tokens, from, to) is int end && end > from)
                    parts.Add(new NewsPart(NewsPartKind.Dateline, new TextSpan(tokens[from].Span.Start, tokens[end - 1].Span.End)));
            }
            parts.AddRange(Quotes(doc.Text, span));
        }

        var whole = parts.Where(p => p.Kind is not (NewsPartKind.Quote or NewsPartKind.Dateline) || IsWholeLine(p, lines)).ToList();
        bool leadGiven = false;
        var sentences = ImmutableArray.CreateBuilder<Sentence>(doc.Sentences.Length);
        foreach (var s in doc.Sentences)
        {
            var part = whole.FirstOrDefault(p => p.Span.Contains(s.Span))?.Kind ?? NewsPartKind.Body;
            if (part == NewsPartKind.Body && !leadGiven) { part = NewsPartKind.Lead; leadGiven = true; }
            if (part == NewsPartKind.Lead) parts.Add(new NewsPart(NewsPartKind.Lead, s.Span));
            sentences.Add(s with { Part = part });
        }
        return doc with { Sentences = sentences.MoveToImmutable(), Structure = [.. parts.OrderBy(p => p.Span.Start)] };
    }

    /// <summary>Each non-empty line: its span and its tokens <c>[From, To)</c>.</summary>
    private static List<(TextSpan Span, int From, int To)> Lines(string text, ImmutableArray<Token> tokens)
    {
        var lines = new List<(TextSpan, int, int)>();
        int k = 0;
        for (int start = 0; start < text.Length;)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            int from = k;
            while (k < tokens.Length && tokens[k].Span.Start < end) k++;
            if (k > from) lines.Add((new TextSpan(tokens[from].Span.Start, tokens[k - 1].Span.End), from, k));
            start = end + 1;
        }
        return lines;
    }

    private static bool IsWholeLine(NewsPart p, List<(TextSpan Span, int From, int To)> lines) => lines.Any(l => l.Span == p.Span);

    private static string Fold(IReadOnlyList<Token> tokens, int from = 0, int to = -1) =>
        string.Join(' ', Enumerable.Range(from, (to < 0 ? tokens.Count : to) - from).Select(i => tokens[i]).Where(t => t.IsWord || t.Shape == TokenShape.Number).Select(t => t.Folded));

    private static bool EndsSentence(Token t) => t.IsPunct && t.Folded is "." or "!" or "?";

    /// <summary>The first line is the headline when it repeats the title, or is a short line without a full stop that more text follows.</summary>
    private static bool IsHeadline(ImmutableArray<Token> tokens, int from, int to, string? title, int lineCount)
    {
        if (title is not null && Fold(tokens, from, to) == title) return true;
        return lineCount > 1 && to - from <= MaxHeadlineTokens && !EndsSentence(tokens[to - 1]) && tokens[from].IsCapitalized;
    }

    /// <summary>A line of only a date and time: "Friday, June 27, 2025", "August 05, 2020 | 09:31".</summary>
    private static bool IsDateOnly(Lexicon lex, ImmutableArray<Token> tokens, int from, int to)
    {
        bool month = false;
        for (int i = from; i < to;)
        {
            var t = tokens[i];
            if (t.IsPunct || t.Shape == TokenShape.Number) { i++; continue; }
            var (len, words) = lex.Calendar.MatchAt(tokens, i, to);
            if (len == 0 || words[0].Kind is not (CalendarWordKind.Month or CalendarWordKind.Weekday)) return false;
            month |= words[0].Kind == CalendarWordKind.Month;
            i += len;
        }
        return month;
    }

    /// <summary>
    /// "By Jane Doe", or names and places joined by a few lower-case words ("Ann Lee in Jos and Tom Ade in Kano"):
    /// a short line without a full stop. A line that may be the headline is a byline only when it opens with the cue.
    /// </summary>
    private static bool IsByline(Lexicon lex, ImmutableArray<Token> tokens, int from, int to, bool mayBeHeadline)
    {
        if (to - from > MaxBylineTokens || EndsSentence(tokens[to - 1])) return false;
        var (len, cues) = lex.NewsCues.MatchAt(tokens, from, to);
        if (len > 0 && cues.Contains(NewsCue.Byline) && to - from > len && tokens[from + len].IsCapitalized) return true;
        if (mayBeHeadline) return false;
        int names = 0, joiners = 0;
        for (int i = from; i < to; i++)
        {
            var t = tokens[i];
            if (t.Shape == TokenShape.Number) return false;
            if (t.IsCapitalized) names++;
            else if (t.IsWord)
            {
                var (l, c) = lex.NewsCues.MatchAt(tokens, i, i + 1);
                if (l == 0 || !c.Contains(NewsCue.BylineJoiner)) return false;
                joiners++;
            }
        }
        return names >= 2 && joiners >= 1;
    }

    private static bool Boilerplate(Lexicon lex, ImmutableArray<Token> tokens, int from, int to)
    {
        var (len, cues) = lex.NewsCues.MatchAt(tokens, from, to);
        return len > 0 && cues.Contains(NewsCue.Boilerplate);
    }

    /// <summary>
    /// Whether a line is a photo's caption: a short line that a credit closes. The credit is an agency or a photographer
    /// (news-structure.tsv's credit rows) in brackets ("(AFP)", "(AP Photo/Jane Doe)", "(Photo: Reuters)"), or before or
    /// after a slash ("REUTERS/Jane Doe", "Jane Doe/AFP"), or a few words after a caption cue ("Photo : AFP", "Credit:
    /// Reuters"). An agency's bare name in brackets closing the story's last line credits the whole story, not a photo.
    /// </summary>
    private static bool IsCaption(Lexicon lex, ImmutableArray<Token> tokens, int from, int to, bool storyGoesOn)
    {
        if (to - from > MaxCaptionTokens || to - from < 2) return false;
        if (tokens[to - 1].Folded == ")")
        {
            int open = to - 2;
            while (open > from && tokens[open].Folded != "(" && to - open <= MaxCreditTokens + 1) open--;
            if (open <= from || tokens[open].Folded != "(") return false;
            var (len, cues) = lex.NewsCues.MatchAt(tokens, open + 1, to - 1);
            if (len == 0) return false;
            if (cues.Contains(NewsCue.Caption)) return true;
            return cues.Contains(NewsCue.Credit) && (storyGoesOn || Slashed(tokens, open + 1, to - 1));
        }
        // The credit's words run to the end of the line, with no full stop among them.
        for (int i = to - 1; i > from && to - i <= MaxCreditTokens; i--)
        {
            if (tokens[i].IsPunct && tokens[i].Folded is not ("/" or "," or ":" or "\u00A9")) return false;
            var (len, cues) = lex.NewsCues.MatchAt(tokens, i, to);
            if (len == 0) continue;
            if (cues.Contains(NewsCue.Caption) && i + len < to) return true;
            if (cues.Contains(NewsCue.Credit) && (i + len < to && tokens[i + len].Folded == "/" || tokens[i - 1].Folded == "/")) return true;
        }
        return false;
    }

    /// <summary>Whether a credit names a photographer after a slash: "AP Photo/Jane Doe".</summary>
    private static bool Slashed(ImmutableArray<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++) if (tokens[i].Folded == "/") return true;
        return false;
    }

    /// <summary>
    /// The end (exclusive token) of a dateline opening the line: capitalised words, commas, a date and an agency in
    /// parentheses, then a dash or colon, then the story. Null when the line opens otherwise. A month may be written in
    /// lower case ("BOGOTÁ, 3 mar (EFE) -"), as the Spanish agencies write it, and the dash may follow a full stop
    /// ("(EFE).-").
    /// </summary>
    private static int? Dateline(Lexicon lex, string text, ImmutableArray<Token> tokens, int from, int to)
    {
        int depth = 0, words = 0;
        for (int i = from; i < to && i - from <= MaxDatelineTokens; i++)
        {
            var t = tokens[i];
            if (t.IsPunct && t.Folded is "(" ) { depth++; continue; }
            if (t.IsPunct && t.Folded is ")") { depth--; continue; }
            // A dash stands apart ("KABUL -"), unlike one inside a range ("20-30"); a colon follows its word ("BANGKOK:").
            bool dash = t.IsPunct && t.Folded is "-" or "\u2013" or "\u2014" && t.Span.Start > 0 && (char.IsWhiteSpace(text[t.Span.Start - 1]) || text[t.Span.Start - 1] == '.');
            if (depth == 0 && words > 0 && (dash || t.IsPunct && t.Folded is ":"))
                return i + 1 < to && (tokens[i + 1].IsCapitalized || tokens[i + 1].Shape == TokenShape.Number || tokens[i + 1].IsPunct) ? i + 1 : null;
            if (t.IsWord) { if (!t.IsCapitalized && !IsMonth(lex, tokens, i)) return null; words++; continue; }
            if (t.Shape == TokenShape.Number || t.IsPunct && t.Folded is "," or ".") continue;
            return null;
        }
        return null;
    }

    private static bool IsMonth(Lexicon lex, ImmutableArray<Token> tokens, int i)
    {
        var (len, words) = lex.Calendar.MatchAt(tokens, i, i + 1);
        return len == 1 && words.Any(w => w.Kind == CalendarWordKind.Month);
    }

    /// <summary>The quoted passages of a line, between curly or straight double quotes.</summary>
    private static IEnumerable<NewsPart> Quotes(string text, TextSpan line)
    {
        for (int i = line.Start; i < line.End; i++)
        {
            char open = text[i];
            if (open is not ('\u201C' or '"')) continue;
            char close = open == '"' ? '"' : '\u201D';
            int end = text.IndexOf(close, i + 1, line.End - i - 1);
            if (end < 0) yield break;
            yield return new NewsPart(NewsPartKind.Quote, new TextSpan(i, end + 1));
            i = end;
        }
    }
}
