namespace Sitrep.Gazetteer;

/// <summary>Great-circle distances on a sphere of the Earth's mean radius.</summary>
public static class Geo
{
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        static double R(double d) => d * Math.PI / 180;
        var h = Math.Pow(Math.Sin(R(lat2 - lat1) / 2), 2) + Math.Cos(R(lat1)) * Math.Cos(R(lat2)) * Math.Pow(Math.Sin(R(lon2 - lon1) / 2), 2);
        return 2 * 6371.0 * Math.Asin(Math.Sqrt(h));
    }
}
