using System.CommandLine;
using System.Text.Json;
using Sitrep.Monitor;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep sources --db TARGET</c>: each watched source's health: last success, last error, items seen, events found, next poll, lease.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var json = new Option<bool>("--json") { Description = "One JSON object a line instead of text" };
        var command = new Command("sources", "Show the health of watched sources") { db, json };
        command.SetAction(parse =>
        {
            using var monitor = StoreOptions.TryOpenMonitor(parse.GetValue(db), mustExist: true);
            if (monitor is null) return CliErrors.Failure;
            var sources = monitor.Sources();
            if (parse.GetValue(json))
            {
                foreach (var s in sources) Console.WriteLine(JsonSerializer.Serialize(s, MonitorJson.Options));
                return 0;
            }
            if (sources.Count == 0) { Console.WriteLine("No watched sources in this store: run 'sitrep watch SOURCES.yml' first."); return 0; }
            var now = DateTimeOffset.UtcNow;
            foreach (var s in sources)
            {
                var state = s.LastError is not null && s.Failures > 0 ? $"FAILING ({s.Failures} in a row)" : s.LastSuccess is null ? "not polled yet" : "ok";
                Console.WriteLine($"{s.Name}  [{state}]  {s.Url}  every {PollInterval.Format(s.Every)}");
                Console.WriteLine($"  last success {Or(MonitorJson.Ago(s.LastSuccess, now), "never")}; {s.Polls:N0} polls, {s.ItemsSeen:N0} items, {s.EventsFound:N0} events; " +
                                  $"next poll {Or(MonitorJson.Ago(s.NextPoll, now), "now")}" + (s.LeaseUntil > now ? $"; leased by {s.LeaseOwner}" : ""));
                if (s.LastError is not null) Console.WriteLine($"  last error {MonitorJson.Ago(s.LastErrorAt, now)}: {s.LastError}");
            }
            return 0;
        });
        return command;
    }

    private static string Or(string s, string fallback) => s.Length > 0 ? s : fallback;
}
