namespace Sitrep.Documents;

/// <summary>
/// A document's language as Sitrep names it: the lower-case ISO 639-1 code that is also the name of the language's
/// folder under <c>data/</c> (<c>en</c>, <c>fr</c>). A region suffix the input may carry ("fr-BF", "fr_ML") names the
/// same language pack, so it is dropped.
/// </summary>
public static class LanguageCode
{
    /// <summary>The code for <paramref name="value"/>, or false when it is not two or three ASCII letters (before any region).</summary>
    public static bool TryParse(string? value, out string code)
    {
        code = "";
        if (string.IsNullOrWhiteSpace(value)) return false;
        var primary = value.Trim().Split('-', '_')[0];
        if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetter)) return false;
        code = primary.ToLowerInvariant();
        return true;
    }

    /// <summary>The code for <paramref name="value"/>, null for null; throws on anything that is not a language code.</summary>
    public static string? Normalize(string? value) =>
        value is null ? null
        : TryParse(value, out var code) ? code
        : throw new ArgumentException($"'{value}' is not a language code such as en or fr.", nameof(value));
}
