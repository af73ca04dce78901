using System.Collections.Concurrent;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// The totals /api/events reports. Counting every match of a filter takes half a second and more at a million events,
/// so a count is kept per filter for <see cref="Lifetime"/> and reused by the pages that follow; a document stored
/// through the API clears them. Each answer says whether its total was counted now or taken from here, and when.
/// </summary>
public sealed class TotalCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    // Filters are few in practice (a dashboard's views); the bound only stops a crawler growing the table without end.
    private const int MaxFilters = 1000;

    private readonly ConcurrentDictionary<EventQuery, (long Total, DateTimeOffset At)> _totals = new();

    /// <summary>The total of the query's filters (paging aside): from the cache while it is fresh, else from <paramref name="count"/>.</summary>
    public (long Total, DateTimeOffset At, bool Cached) Get(EventQuery query, Func<EventQuery, long> count)
    {
        var filters = query with { Limit = int.MaxValue, Offset = 0, After = null };
        var now = clock.GetUtcNow();
        if (_totals.TryGetValue(filters, out var kept) && now - kept.At < Lifetime) return (kept.Total, kept.At, true);
        var total = count(filters);
        if (_totals.Count >= MaxFilters) _totals.Clear();
        _totals[filters] = (total, now);
        return (total, now, false);
    }

    /// <summary>Forgets every total: the store changed.</summary>
    public void Clear() => _totals.Clear();
}
