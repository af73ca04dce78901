namespace Sitrep.Monitor;

/// <summary>A longitude/latitude box, edges included, written as GeoJSON writes one: [minLon, minLat, maxLon, maxLat].</summary>
public readonly record struct GeoBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    public bool Contains(double lat, double lon) => lon >= MinLon && lon <= MaxLon && lat >= MinLat && lat <= MaxLat;
}
