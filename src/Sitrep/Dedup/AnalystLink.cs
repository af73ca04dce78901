namespace Sitrep.Dedup;

/// <summary>
/// An analyst's decision about two reports, which clustering honours over the matcher: <see cref="Same"/> true
/// when they were merged into one event, false when one was split from the other's event. Reports are named by
/// their store keys; the smaller comes first.
/// </summary>
public sealed record AnalystLink(long A, long B, bool Same)
{
    public static AnalystLink Of(long a, long b, bool same) => a <= b ? new(a, b, same) : new(b, a, same);
}
