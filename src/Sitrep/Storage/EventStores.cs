namespace Sitrep.Storage;

/// <summary>Opens the store a target names: <c>postgres://...</c> for PostgreSQL, anything else a SQLite file path.</summary>
public static class EventStores
{
    public const string DefaultPath = "sitrep.db";

    public static IEventStore Open(string? target)
    {
        target ??= Environment.GetEnvironmentVariable("SITREP_DB") ?? DefaultPath;
        if (target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || target.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            return PostgresEventStore.Open(target);
        return SqliteEventStore.Open(target.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? target[7..] : target);
    }
}
