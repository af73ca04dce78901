namespace Sitrep.Gazetteer;

/// <summary>A second-level division (district, cercle, county), keyed <c>CC.admin1.code</c>.</summary>
public sealed record Admin2(string CountryCode, string Admin1Code, string Code, string Name)
{
    public string Admin1Key => CountryCode + "." + Admin1Code;
}
