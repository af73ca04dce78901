namespace Sitrep.Resources;

/// <summary>A number word from numbers.tsv: "six", "twenty", "hundred", "dozens".</summary>
public sealed record NumberWord(string Phrase, int Low, int High, NumberWordKind Kind);

public enum NumberWordKind
{
    Article,
    Unit,
    Tens,
    Scale,
    Vague,
}
