namespace Sitrep.Resources;

/// <summary>
/// A phrase that places a story in one country without naming it ("OSCE SMM", "CRPF", "barangay").
/// An acronym matches only capitals; a capitalised phrase only a capitalised word. <see cref="Regions"/>
/// names the first-level divisions the cue places the story in, when it says that much ("OSCE SMM":
/// the monitors watch the line of contact in Donetsk and Luhansk): a village of the same name elsewhere
/// in the country is less likely.
/// </summary>
public sealed record CountryCue(string Phrase, string Iso2, IReadOnlyList<string> Regions)
{
    /// <summary>Written in capitals ("SMM", "J&amp;K"): the text must be in capitals too, so "Ana" is not "ANA".</summary>
    public bool IsAcronym { get; } = Acronym.Is(Phrase);

    /// <summary>Starts with a capital: the text must too.</summary>
    public bool IsProperName { get; } = Phrase.Length > 0 && char.IsUpper(Phrase[0]);
}
