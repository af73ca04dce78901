namespace Sitrep.Events;

/// <summary>The output formats for events.</summary>
public enum EventFormat
{
    /// <summary>A readable JSON array.</summary>
    Json,
    /// <summary>One event a line.</summary>
    Jsonl,
    /// <summary>ACLED's current 31 columns in ACLED's order, then Sitrep's.</summary>
    Csv,
    /// <summary>A GeoJSON FeatureCollection of points.</summary>
    GeoJson,
}
