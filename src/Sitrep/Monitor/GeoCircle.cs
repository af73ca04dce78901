namespace Sitrep.Monitor;

/// <summary>A circle on the earth: the points within <paramref name="Km"/> kilometres of (Lat, Lon).</summary>
public readonly record struct GeoCircle(double Lat, double Lon, double Km)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle (haversine) distance test.</summary>
    public bool Contains(double lat, double lon)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat - Lat);
        var dLon = Rad(lon - Lon);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(Lat)) * Math.Cos(Rad(lat)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a))) <= Km;
    }
}
