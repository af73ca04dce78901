using System.CommandLine;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>The --db option and opening the store it names, with a one-line error when it cannot be opened.</summary>
internal static class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"The store: a SQLite file (default {EventStores.DefaultPath}, or $SITREP_DB) or postgres://user:password@host/database",
    };

    public static IEventStore? TryOpen(string? target)
    {
        try
        {
            return EventStores.Open(target);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException or UriFormatException)
        {
            CliErrors.Write($"{target ?? EventStores.DefaultPath}: cannot open the store: {e.Message.Split('\n')[0]}");
            return null;
        }
    }
}
