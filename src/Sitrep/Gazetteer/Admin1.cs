namespace Sitrep.Gazetteer;

/// <summary>A first-level division (region, state, province), keyed <c>CC.code</c> as in GeoNames.</summary>
public sealed record Admin1(string CountryCode, string Code, string Name)
{
    public string Key => CountryCode + "." + Code;
}
