using Sitrep.Monitor;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>Opens the monitor's tables in the store --db names, with a one-line error when it cannot be opened.</summary>
internal static class MonitorStoreOptions
{
    public static MonitorStore? TryOpen(string? target)
    {
        try
        {
            return MonitorStore.Open(target);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException or UriFormatException)
        {
            CliErrors.Write($"{target ?? EventStores.DefaultPath}: cannot open the store: {e.Message.Split('\n')[0]}");
            return null;
        }
    }
}
