namespace Sitrep.Storage;

/// <summary>Counts of stored events by day, by event type and by country.</summary>
public sealed record StoreStats(
    long Events,
    long Documents,
    IReadOnlyList<(DateOnly Day, long Count)> ByDay,
    IReadOnlyList<(string Type, long Count)> ByType,
    IReadOnlyList<(string Country, long Count)> ByCountry);
