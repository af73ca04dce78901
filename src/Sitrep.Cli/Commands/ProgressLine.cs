namespace Sitrep.Cli.Commands;

/// <summary>
/// A one-line progress display on stderr (documents, documents/s, errors), drawn only when
/// stderr is a terminal: piped and CI runs stay clean.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private readonly bool _enabled;
    // Null until the first draw: TimeSpan.MinValue here made 'elapsed - _last' overflow on every terminal run.
    private TimeSpan? _last;
    private bool _drawn;

    private ProgressLine(bool enabled) => _enabled = enabled;

    public static ProgressLine ForStderr() => new(!Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null);

    public void Report(int documents, int errors, TimeSpan elapsed)
    {
        if (!_enabled || (_last is { } last && elapsed - last < TimeSpan.FromMilliseconds(200))) return;
        _last = elapsed;
        var rate = documents / Math.Max(elapsed.TotalSeconds, 1e-3);
        Console.Error.Write($"\r\u001b[2K  coding: {documents:N0} documents  {rate:N0} docs/s  {errors:N0} errors  {elapsed:mm\\:ss}");
        _drawn = true;
    }

    public void Clear()
    {
        if (_drawn) Console.Error.Write("\r\u001b[2K");
        _drawn = false;
    }

    public void Done(int documents, int events, int errors, TimeSpan elapsed)
    {
        Clear();
        if (_enabled)
            Console.Error.WriteLine($"  {documents:N0} documents, {events:N0} events, {errors:N0} errors in {elapsed.TotalSeconds:N1} s ({documents / Math.Max(elapsed.TotalSeconds, 1e-3):N0} docs/s)");
    }

    public void Dispose() => Clear();
}
