namespace Sitrep.Resources;

/// <summary>A number word from numbers.tsv: "six", "twenty", "hundred", "dozens".</summary>
/// <param name="Tag">For a vague word, how ACLED's tags write it in English ("des centaines": "hundreds"); null when the file gives none.</param>
public sealed record NumberWord(string Phrase, int Low, int High, NumberWordKind Kind, string? Tag = null);

public enum NumberWordKind
{
    Article,
    Unit,
    Tens,
    Scale,
    Vague,
}
