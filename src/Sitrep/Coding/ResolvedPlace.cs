using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Coding;

/// <summary>Where an event happened, as ACLED records it, and the text it rests on.</summary>
public sealed record ResolvedPlace(
    string CountryCode,
    string Admin1,
    string Admin2,
    string Location,
    double? Latitude,
    double? Longitude,
    GeoPrecision GeoPrecision,
    TextSpan? Evidence,
    double Score)
{
    /// <summary>The name of the rule that chose this reading (<c>place-told-in-event</c>, <c>country-capital</c>...), for the trace.</summary>
    public string Rule { get; init; } = "";
    /// <summary>
    /// The other end of the road the place is the first end of ("la route reliant Douentza à X"): where the road leads, not
    /// where the event is, kept as evidence so that a matcher does not read it as a second place; null when none.
    /// </summary>
    public TextSpan? RouteEnd { get; init; }
}
