using System.Diagnostics;

namespace Sitrep.Coding;

/// <summary>
/// Where coding time goes: the time spent in each stage, summed over every document coded with this profile, in the
/// order the stages first ran. <c>sitrep bench --stages</c> fills one to find what a throughput change comes from.
/// It is the one mutable thing coding touches, and only when asked: a coder given no profile measures nothing.
/// Thread-safe, so documents coded in parallel may add to one profile.
/// </summary>
public sealed class StageProfile
{
    private readonly object _gate = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (long Ticks, long Calls)> _totals = new(StringComparer.Ordinal);

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to <paramref name="stage"/>.</summary>
    public void Add(string stage, long startTimestamp)
    {
        long ticks = Stopwatch.GetTimestamp() - startTimestamp;
        lock (_gate)
        {
            if (!_totals.TryGetValue(stage, out var total)) _order.Add(stage);
            _totals[stage] = (total.Ticks + ticks, total.Calls + 1);
        }
    }

    /// <summary>Each stage's summed time and how many times it ran, in the order the stages first ran.</summary>
    public IReadOnlyList<StageTime> Stages
    {
        get
        {
            lock (_gate)
                return [.. _order.Select(s => new StageTime(s, Stopwatch.GetElapsedTime(0, _totals[s].Ticks), _totals[s].Calls))];
        }
    }
}
