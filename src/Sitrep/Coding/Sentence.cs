using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>A sentence: its span, and its tokens as the range <c>[FirstToken, EndToken)</c> of the document's tokens.</summary>
public sealed record Sentence(int Index, TextSpan Span, int FirstToken, int EndToken)
{
    /// <summary>Set by the background stage: context, history or reactions that report no event.</summary>
    public bool IsBackground { get; init; }

    /// <summary>Set by the news-structure stage: the part of the story the sentence opens (headline, byline, lead, body...).</summary>
    public NewsPartKind Part { get; init; } = NewsPartKind.Body;
}
