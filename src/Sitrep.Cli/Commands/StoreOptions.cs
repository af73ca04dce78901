using System.CommandLine;
using System.Text.RegularExpressions;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>The --db option and opening the store it names, with a one-line error when it cannot be opened.</summary>
internal static partial class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"The store: a SQLite file (default {EventStores.DefaultPath}, or $SITREP_DB) or postgres://user:password@host/database",
    };

    /// <summary>
    /// Opens the store. <paramref name="mustExist"/>: a command that only reads (events, export) refuses a SQLite file
    /// that is not there, rather than create an empty store and answer "no events" for a mistyped path.
    /// </summary>
    public static IEventStore? TryOpen(string? target, bool mustExist = false) => TryOpen(target, mustExist, EventStores.Open);

    /// <summary>The monitor's tables (watched sources, alerts) in the same store.</summary>
    public static Sitrep.Monitor.MonitorStore? TryOpenMonitor(string? target, bool mustExist = false) => TryOpen(target, mustExist, Sitrep.Monitor.MonitorStore.Open);

    private static T? TryOpen<T>(string? target, bool mustExist, Func<string, T> open) where T : class
    {
        var resolved = EventStores.Target(target);
        if (mustExist && !EventStores.IsPostgres(resolved))
        {
            var path = EventStores.SqlitePath(resolved);
            if (!File.Exists(path))
            {
                CliErrors.Write($"{path}: no such store (ingest documents into it first, or name another with --db)");
                return null;
            }
        }
        try
        {
            return open(resolved);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException or UriFormatException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            CliErrors.Write($"{Redact(resolved)}: cannot open the store: {Redact(e.Message.Split('\n')[0], Password(resolved))}");
            return null;
        }
    }

    /// <summary>A store target safe to print: the password of a URL or of a key=value connection string becomes ***.</summary>
    public static string Redact(string target) => KeywordPassword().Replace(UrlPassword().Replace(target, "${head}***@"), "${head}***");

    /// <summary>A driver's message, with the target's password (if it carries one) taken out wherever the message repeats it.</summary>
    private static string Redact(string message, string? password) =>
        Redact(string.IsNullOrEmpty(password) ? message : message.Replace(password, "***", StringComparison.Ordinal));

    private static string? Password(string target) =>
        UrlPassword().Match(target) is { Success: true } url ? url.Groups["password"].Value
        : KeywordPassword().Match(target) is { Success: true } kv ? kv.Groups["password"].Value : null;

    [GeneratedRegex(@"(?<head>://[^:/@\s]*:)(?<password>[^@\s]*)@")]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"(?<head>(?:^|;)\s*(?:password|pwd)\s*=\s*)(?<password>[^;]*)", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();
}
