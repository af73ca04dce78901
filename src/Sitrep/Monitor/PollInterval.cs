using System.Text.RegularExpressions;

namespace Sitrep.Monitor;

/// <summary>Intervals as a source list writes them: a number and a unit, possibly several (<c>90s</c>, <c>15m</c>, <c>1h30m</c>, <c>1d</c>).</summary>
public static partial class PollInterval
{
    [GeneratedRegex(@"^(?:(\d+)([smhd]))+$")]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out TimeSpan interval)
    {
        interval = TimeSpan.Zero;
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return false;
        for (int i = 0; i < m.Groups[1].Captures.Count; i++)
        {
            if (!int.TryParse(m.Groups[1].Captures[i].Value, out var n)) return false;
            interval += m.Groups[2].Captures[i].Value switch
            {
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                _ => TimeSpan.FromDays(n),
            };
        }
        return interval > TimeSpan.Zero;
    }

    /// <summary>The shortest way to write it back (<c>1h30m</c>).</summary>
    public static string Format(TimeSpan t)
    {
        if (t <= TimeSpan.Zero) return "0s";
        var parts = new List<string>();
        if (t.Days > 0) parts.Add($"{t.Days}d");
        if (t.Hours > 0) parts.Add($"{t.Hours}h");
        if (t.Minutes > 0) parts.Add($"{t.Minutes}m");
        if (t.Seconds > 0) parts.Add($"{t.Seconds}s");
        return parts.Count == 0 ? $"{t.TotalMilliseconds:0}ms" : string.Concat(parts);
    }
}
