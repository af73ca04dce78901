namespace Sitrep.Gazetteer;

/// <summary>A first-level division (region, state, province), keyed <c>CC.code</c> as in GeoNames.</summary>
public sealed record Admin1(string CountryCode, string Code, string Name)
{
    private static readonly string[] GenericSuffixes = [" Region", " Province", " Governorate", " Department", " Area", " State", " Oblast", " Prefecture"];

    public string Key => CountryCode + "." + Code;

    /// <summary>
    /// The name as ACLED writes it: without a generic word GeoNames adds ("Southern Region" is "Southern",
    /// "Greater Accra Region" is "Greater Accra").
    /// </summary>
    public string AcledName
    {
        get
        {
            foreach (var suffix in GenericSuffixes)
                if (Name.Length > suffix.Length + 2 && Name.EndsWith(suffix, StringComparison.Ordinal)) return Name[..^suffix.Length];
            return Name;
        }
    }
}
