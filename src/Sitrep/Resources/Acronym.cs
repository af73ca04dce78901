namespace Sitrep.Resources;

/// <summary>
/// A dictionary phrase written in capitals ("SMM", "J&amp;K", "ANA") names its thing only where the text writes it in
/// capitals too: "Ana" is a woman's name, "Santa Ana" a city, not the Afghan army.
/// </summary>
public static class Acronym
{
    /// <summary>Whether the phrase has letters and none of them in lower case.</summary>
    public static bool Is(string phrase) => phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower);
}
