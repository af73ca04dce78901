namespace Sitrep.Gazetteer;

/// <summary>
/// A populated place. <see cref="FeatureCode"/> is GeoNames' (PPL, PPLA, PPLA2, PPLC...):
/// seats of government rank above plain villages when names collide.
/// </summary>
public sealed record Place(
    int Id,
    string Name,
    double Latitude,
    double Longitude,
    string FeatureCode,
    string CountryCode,
    string Admin1Code,
    string Admin2Code,
    long Population,
    string Origin)
{
    public bool IsCapital => FeatureCode == "PPLC";
    public bool IsAdminSeat => FeatureCode.StartsWith("PPLA", StringComparison.Ordinal) || IsCapital;
    /// <summary>The seat of a first-level division (or the capital): PPLA, PPLC.</summary>
    public bool IsAdmin1Seat => FeatureCode is "PPLA" or "PPLC";
}
