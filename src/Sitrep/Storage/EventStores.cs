namespace Sitrep.Storage;

/// <summary>Opens the store a target names: <c>postgres://...</c> for PostgreSQL, anything else a SQLite file path.</summary>
public static class EventStores
{
    public const string DefaultPath = "sitrep.db";

    /// <summary>The target when none is given: $SITREP_DB, else <see cref="DefaultPath"/>.</summary>
    public static string Target(string? target) => target ?? Environment.GetEnvironmentVariable("SITREP_DB") ?? DefaultPath;

    public static IEventStore Open(string? target) => Open(target, perRequest: false);

    /// <summary>
    /// Opens a store. <paramref name="perRequest"/>: a server opening one store per request, after the schema was
    /// made once; SQLite then skips the schema check and pools its connections (PostgreSQL pools in any case).
    /// </summary>
    public static IEventStore Open(string? target, bool perRequest)
    {
        target = Target(target);
        if (IsPostgres(target)) return PostgresEventStore.Open(target);
        return SqliteEventStore.Open(SqlitePath(target), createSchema: !perRequest, pooling: perRequest);
    }

    /// <summary>Whether a target names PostgreSQL (a URL or an Npgsql connection string) rather than a SQLite file.</summary>
    public static bool IsPostgres(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || target.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The SQLite file a non-PostgreSQL target names (an optional <c>sqlite:</c> prefix dropped).</summary>
    public static string SqlitePath(string target) => target.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? target[7..] : target;
}
