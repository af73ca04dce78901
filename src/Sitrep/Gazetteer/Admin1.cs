namespace Sitrep.Gazetteer;

/// <summary>
/// A first-level division (region, state, province), keyed <c>CC.code</c> as in GeoNames.
/// <see cref="CommonName"/> is the name Natural Earth gives it when that differs from GeoNames'
/// ("Beirut" for "Beyrouth", "Al Hudaydah" for "Muhafazat al Hudaydah"), empty otherwise.
/// </summary>
public sealed record Admin1(string CountryCode, string Code, string Name, string CommonName = "")
{
    public string Key => CountryCode + "." + Code;

    /// <summary>
    /// Whether <see cref="CommonName"/> was set by hand (admin1-aliases.tsv) as the name to write, which then
    /// wins over the text's own spelling.
    /// </summary>
    public bool NamedByHand { get; init; }

    /// <summary>
    /// The name as ACLED writes it: the common name when there is one, else GeoNames' without the words around it that
    /// ACLED's files leave out (<paramref name="words"/>, data/gazetteer/division-name-words.tsv: "Southern Region" is
    /// "Southern", "Greater Accra Region" is "Greater Accra").
    /// </summary>
    public string AcledName(DivisionNameWords words) => CommonName.Length > 0 ? CommonName : words.StripWritten(Name);
}
