using System.Text.Json;
using Sitrep.Events;
using Sitrep.Monitor;

namespace Sitrep.Cli.Commands;

/// <summary>How the monitor's listings print: JSON named as the API names it (snake_case), and times as ages.</summary>
internal static class MonitorJson
{
    public static JsonSerializerOptions Options { get; } = new(EventJson.Compact) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>"3m ago", "in 12m", or "" for never.</summary>
    public static string Ago(DateTimeOffset? t, DateTimeOffset now)
    {
        if (t is not { } at) return "";
        var d = now - at;
        var text = PollInterval.Format(TimeSpan.FromSeconds(Math.Max(1, Math.Round(Math.Abs(d.TotalSeconds)))));
        return d >= TimeSpan.Zero ? text + " ago" : "in " + text;
    }
}
