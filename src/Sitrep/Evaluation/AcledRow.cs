namespace Sitrep.Evaluation;

/// <summary>One ACLED-coded event as read from an export: the coding, and its notes as the text to code.</summary>
public sealed record AcledRow(
    string Id,
    DateOnly EventDate,
    string EventType,
    string SubEventType,
    string Actor1,
    string Actor2,
    string Country,
    string Admin1,
    string Location,
    double? Latitude,
    double? Longitude,
    int Fatalities,
    string Notes);
