namespace Sitrep.Resources;

/// <summary>
/// A phrase that places a story in one country without naming it ("OSCE SMM", "CRPF", "barangay").
/// An acronym matches only capitals; a capitalised phrase only a capitalised word.
/// </summary>
public sealed record CountryCue(string Phrase, string Iso2)
{
    /// <summary>Written in capitals ("SMM", "J&amp;K"): the text must be in capitals too, so "Ana" is not "ANA".</summary>
    public bool IsAcronym { get; } = Phrase.Any(char.IsLetter) && !Phrase.Any(char.IsLower);

    /// <summary>Starts with a capital: the text must too.</summary>
    public bool IsProperName { get; } = Phrase.Length > 0 && char.IsUpper(Phrase[0]);
}
