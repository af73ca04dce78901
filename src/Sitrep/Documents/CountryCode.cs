namespace Sitrep.Documents;

/// <summary>
/// A country as a document's metadata names it: the upper-case ISO 3166 alpha-2 code (<c>ML</c>, <c>NG</c>), the key the
/// gazetteer files countries under.
/// </summary>
public static class CountryCode
{
    /// <summary>The code for <paramref name="value"/>, or false when it is not two ASCII letters.</summary>
    public static bool TryParse(string? value, out string code)
    {
        code = "";
        var v = value?.Trim();
        if (v is not { Length: 2 } || !v.All(char.IsAsciiLetter)) return false;
        code = v.ToUpperInvariant();
        return true;
    }

    /// <summary>The code for <paramref name="value"/>, null for null; throws on anything that is not a country code.</summary>
    public static string? Normalize(string? value) =>
        value is null ? null
        : TryParse(value, out var code) ? code
        : throw new ArgumentException($"'{value}' is not an ISO 3166 alpha-2 country code such as ML or NG.", nameof(value));
}
