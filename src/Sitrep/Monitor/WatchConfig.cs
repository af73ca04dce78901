using System.Collections.Immutable;

namespace Sitrep.Monitor;

/// <summary>A source list as read from SOURCES.yml: the sources to poll and the rules to alert on.</summary>
/// <param name="Path">The file it was read from; relative <c>file:</c> targets are relative to its folder.</param>
public sealed record WatchConfig(string Path, ImmutableArray<WatchedSource> Sources, ImmutableArray<AlertRule> Alerts)
{
    public IEnumerable<WatchedSource> Enabled => Sources.Where(s => s.Enabled);
}
