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
}
