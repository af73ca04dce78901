namespace Sitrep.Monitor;

/// <summary>
/// When to poll a source next. After a success, its interval with a little jitter (so many workers and
/// sources do not fall into step). After failures, the interval doubled for each failure in a row (up to
/// 64 times, and never past a day), with jitter: a broken source is asked less and less often.
/// </summary>
public static class PollSchedule
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);

    public static TimeSpan Delay(TimeSpan every, int failuresInARow, Random random)
    {
        double factor = failuresInARow <= 0 ? 1 : Math.Pow(2, Math.Min(failuresInARow, 6));
        var ms = Math.Min(every.TotalMilliseconds * factor, Math.Max(every.TotalMilliseconds, MaxBackoff.TotalMilliseconds));
        // ±10% after a success, up to +50% after a failure.
        var jitter = failuresInARow <= 0 ? 0.9 + 0.2 * random.NextDouble() : 1 + 0.5 * random.NextDouble();
        return TimeSpan.FromMilliseconds(ms * jitter);
    }
}
