using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>A word, number or punctuation mark: its span in the text and its folded form.</summary>
public readonly record struct Token(TextSpan Span, string Folded, TokenShape Shape)
{
    public bool IsCapitalized => Shape is TokenShape.Capitalized or TokenShape.Upper;
    public bool IsWord => Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.Upper;
    public bool IsPunct => Shape == TokenShape.Punct;
    /// <summary>A number written in bare digits ("2019", not "2,019" nor "2 019"): the only shape a year or a day is written in.</summary>
    public bool IsBareNumber => Shape == TokenShape.Number && Span.Length == Folded.Length && Folded.All(char.IsAsciiDigit);
}

public enum TokenShape
{
    Lower,
    Capitalized,
    Upper,
    Number,
    Punct,
}
