using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Monitor;

/// <summary>
/// A rule an analyst watches for: every condition given must hold (country, admin1, box, circle, types,
/// actors, a minimum toll); conditions left out hold for every event. An event fires each rule once.
/// </summary>
public sealed record AlertRule
{
    public required string Name { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public GeoBox? Bbox { get; init; }
    public GeoCircle? Near { get; init; }
    /// <summary>Event types or sub-event types, as ACLED spells them; the event's type or sub-event type must be one.</summary>
    public ImmutableArray<string> Types { get; init; } = [];
    /// <summary>Parts of actor names: one of the event's actors (or associated actors) must contain one, ignoring case.</summary>
    public ImmutableArray<string> Actors { get; init; } = [];
    public int MinFatalities { get; init; }
    /// <summary>Where its alerts go; null keeps them in the store only.</summary>
    public AlertTarget? Target { get; init; }
    public int Line { get; init; }

    public bool Matches(CodedEvent e)
    {
        if (Country is not null && !Country.Equals(e.Country, StringComparison.OrdinalIgnoreCase)) return false;
        if (Admin1 is not null && !Admin1.Equals(e.Admin1, StringComparison.OrdinalIgnoreCase)) return false;
        if (Bbox is GeoBox box && !(e.Latitude is double la && e.Longitude is double lo && box.Contains(la, lo))) return false;
        if (Near is GeoCircle circle && !(e.Latitude is double la2 && e.Longitude is double lo2 && circle.Contains(la2, lo2))) return false;
        if (!Types.IsEmpty && !Types.Any(t => t.Equals(e.EventType, StringComparison.OrdinalIgnoreCase) || t.Equals(e.SubEventType, StringComparison.OrdinalIgnoreCase)))
            return false;
        if (!Actors.IsEmpty)
        {
            var actors = new[] { e.Actor1, e.AssocActor1, e.Actor2, e.AssocActor2 };
            if (!Actors.Any(part => actors.Any(a => a.Contains(part, StringComparison.OrdinalIgnoreCase)))) return false;
        }
        return e.Fatalities >= MinFatalities;
    }
}
