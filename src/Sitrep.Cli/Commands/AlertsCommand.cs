using System.CommandLine;
using System.Text.Json;
using Sitrep.Monitor;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep alerts --db TARGET</c>: fired alerts, newest first, with their delivery; <c>--json</c> gives each with its payload.</summary>
internal static class AlertsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var rule = new Option<string?>("--rule") { Description = "Only the alerts of this rule" };
        var limit = new Option<int>("--limit") { Description = "How many (default 50)", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "One JSON object a line (with the payload sent) instead of text" };
        var command = new Command("alerts", "List fired alerts and their delivery") { db, rule, limit, json };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1) { CliErrors.Write("--limit: give a number of 1 or more"); return CliErrors.Usage; }
            using var monitor = StoreOptions.TryOpenMonitor(parse.GetValue(db), mustExist: true);
            if (monitor is null) return CliErrors.Failure;
            var alerts = monitor.Alerts(parse.GetValue(limit), parse.GetValue(rule));
            if (parse.GetValue(json))
            {
                foreach (var a in alerts) Console.WriteLine(JsonSerializer.Serialize(AlertView.From(a), MonitorJson.Options));
                return 0;
            }
            if (alerts.Count == 0) { Console.WriteLine("No alerts fired."); return 0; }
            foreach (var a in alerts)
            {
                var delivery = a.Status switch
                {
                    "delivered" => $"delivered to {a.Target} ({a.Attempts} {(a.Attempts == 1 ? "try" : "tries")})",
                    "stored" => "stored (the rule has no target)",
                    _ => $"{a.Status} for {a.Target} after {a.Attempts} {(a.Attempts == 1 ? "try" : "tries")}: {a.LastError}",
                };
                Console.WriteLine($"{a.FiredAt:yyyy-MM-dd HH:mm:ss}  {a.Rule}  {a.EventId}  {AlertView.From(a).Summary}");
                Console.WriteLine($"  {delivery}");
            }
            return 0;
        });
        return command;
    }
}
