using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>Where an event happened, as ACLED records it, and the text it rests on.</summary>
public sealed record ResolvedPlace(
    string CountryCode,
    string Admin1,
    string Admin2,
    string Location,
    double? Latitude,
    double? Longitude,
    int GeoPrecision,
    TextSpan? Evidence,
    double Score);
