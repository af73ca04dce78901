namespace Sitrep.Gazetteer;

/// <summary>A country: ISO codes, the name ACLED writes, ACLED's region, and its capital's place id.</summary>
public sealed record Country(
    string Iso2,
    string Iso3,
    int IsoNumeric,
    string Name,
    string Region,
    string CapitalName,
    IReadOnlyList<string> Neighbours);
