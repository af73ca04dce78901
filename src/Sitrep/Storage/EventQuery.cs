using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// Filters for stored events; every filter is optional and they combine with AND. <see cref="Type"/>
/// matches an event type or a sub-event type; <see cref="Actor"/> a part of actor1 or actor2;
/// <see cref="Bbox"/> is (min longitude, min latitude, max longitude, max latitude);
/// <see cref="Text"/> is a full-text search of notes, actors and places.
/// </summary>
public sealed record EventQuery
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? Type { get; init; }
    public string? SubType { get; init; }
    public string? Actor { get; init; }
    public (double MinLon, double MinLat, double MaxLon, double MaxLat)? Bbox { get; init; }
    public string? Text { get; init; }
    /// <summary>Events with at least this many reported deaths.</summary>
    public int? MinFatalities { get; init; }
    /// <summary>Events with an actor of this kind (inter code 1-8) on either side.</summary>
    public Inter? ActorKind { get; init; }
    /// <summary>Keyset paging: only events listed after the event of this id (newest first: older, or as old and stored earlier).</summary>
    public string? After { get; init; }
    public int Limit { get; init; } = 1000;
    public int Offset { get; init; }

    public static EventQuery All { get; } = new() { Limit = int.MaxValue };

    /// <summary>Reads "minLon,minLat,maxLon,maxLat"; null when it is not four finite numbers in range.</summary>
    public static (double, double, double, double)? ParseBbox(string s)
    {
        var parts = s.Split(',');
        if (parts.Length != 4) return null;
        var v = new double[4];
        for (int i = 0; i < 4; i++)
            if (!double.TryParse(parts[i].Trim(), System.Globalization.CultureInfo.InvariantCulture, out v[i])) return null;
        if (!v.All(double.IsFinite)) return null;
        if (v[0] is < -180 or > 180 || v[2] is < -180 or > 180 || v[1] is < -90 or > 90 || v[3] is < -90 or > 90 || v[0] > v[2] || v[1] > v[3]) return null;
        return (v[0], v[1], v[2], v[3]);
    }
}
