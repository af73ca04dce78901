using System.Net.Http.Headers;
using System.Text;
using System.Threading.Channels;
using Polly;
using Polly.Retry;

namespace Sitrep.Monitor;

/// <summary>
/// Delivers fired alerts in the background, so a slow or failing webhook never holds up coding: each
/// alert goes to its target (POST of the JSON payload, a line appended to a file, a line on stdout) with
/// retries backing off exponentially with jitter (Polly), and every attempt is recorded on the alert.
/// </summary>
public sealed class AlertDispatcher : IAsyncDisposable
{
    private const int Parallel = 4;
    private readonly MonitorStore _store;
    private readonly string _worker;
    private readonly HttpClient _http;
    private readonly TextWriter _stdout;
    private readonly string _baseDirectory;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly TimeSpan _claimSlack;
    private readonly Action<string> _log;
    private readonly Channel<long> _queue = Channel.CreateUnbounded<long>();
    private readonly Task _loop;
    private readonly ResiliencePipeline _retry;
    private static readonly Lock FileGate = new();

    /// <param name="claimSlack">How long past a try a claim on a delivery holds (the watcher's lease): after it, another worker
    /// delivers the alert of a worker that died.</param>
    public AlertDispatcher(MonitorStore store, string worker, TextWriter stdout, string baseDirectory, TimeSpan claimSlack, DeliveryOptions? options = null,
        TimeProvider? time = null, Action<string>? log = null, HttpMessageHandler? handler = null)
    {
        _claimSlack = claimSlack;
        _store = store;
        _worker = worker;
        _stdout = stdout;
        _baseDirectory = baseDirectory;
        _options = options ?? new DeliveryOptions();
        _time = time ?? TimeProvider.System;
        _log = log ?? (_ => { });
        _http = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = _options.TryTimeout };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Sitrep", "1.0"));
        _retry = new ResiliencePipelineBuilder { TimeProvider = _time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, _options.Retries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.Delay,
                ShouldHandle = new PredicateBuilder().Handle<DeliveryFailed>().Handle<HttpRequestException>().Handle<IOException>().Handle<TaskCanceledException>(),
                OnRetry = args =>
                {
                    var id = (long)args.Context.Properties.GetValue(AlertId, 0L);
                    _store.RecordAttempt(id, "pending", Describe(args.Outcome.Exception), _time.GetUtcNow());
                    // The claim covers the wait before the next try and the try itself.
                    _store.ExtendClaim(id, _worker, _time.GetUtcNow() + args.RetryDelay + ClaimFor);
                    return default;
                },
            })
            .Build();
        _loop = Task.Run(RunAsync);
    }

    /// <summary>How long a claim on a delivery lasts from the start of a try: past it, another worker takes over an alert whose worker died.</summary>
    public TimeSpan ClaimFor => _options.TryTimeout + _claimSlack;

    private static readonly ResiliencePropertyKey<long> AlertId = new("sitrep.alert");

    private sealed class DeliveryFailed(string message) : Exception(message);

    public void Enqueue(long alertId) => _queue.Writer.TryWrite(alertId);

    /// <summary>Delivers what is queued, then stops: the end of a <c>--once</c> run.</summary>
    public async Task DrainAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var running = new List<Task>();
        using var slots = new SemaphoreSlim(Parallel);
        await foreach (var id in _queue.Reader.ReadAllAsync())
        {
            await slots.WaitAsync();
            running.RemoveAll(t => t.IsCompleted);
            running.Add(Task.Run(async () =>
            {
                try { await DeliverAsync(id); }
                catch (Exception e) when (e is not OutOfMemoryException) { _log($"alert {id}: delivery failed: {e.Message}"); }
                finally { slots.Release(); }
            }));
        }
        await Task.WhenAll(running);
    }

    private async Task DeliverAsync(long id)
    {
        if (_store.GetAlert(id) is not { Status: "pending" } alert) return;
        var target = AlertTarget.Parse(alert.Target);
        if (target is null) { _store.RecordAttempt(id, "failed", $"unknown target '{alert.Target}'", _time.GetUtcNow()); return; }
        if (!_store.ExtendClaim(id, _worker, _time.GetUtcNow() + ClaimFor)) return; // delivered meanwhile, or another worker's now
        var context = ResilienceContextPool.Shared.Get();
        context.Properties.Set(AlertId, id);
        try
        {
            await _retry.ExecuteAsync(async ctx => await SendAsync(target, alert.Payload, ctx.CancellationToken), context);
            _store.RecordAttempt(id, "delivered", null, _time.GetUtcNow());
        }
        catch (Exception e) when (e is DeliveryFailed or HttpRequestException or IOException or TaskCanceledException)
        {
            _store.RecordAttempt(id, "failed", Describe(e), _time.GetUtcNow());
            _log($"alert {id} ({alert.Rule}): {target} still failing after {_options.Retries} retries: {Describe(e)}");
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task SendAsync(AlertTarget target, string payload, CancellationToken ct)
    {
        switch (target.Kind)
        {
            case AlertTargetKind.Webhook:
                using (var content = new StringContent(payload, Encoding.UTF8, "application/json"))
                using (var response = await _http.PostAsync(target.Value, content, ct))
                    if (!response.IsSuccessStatusCode) throw new DeliveryFailed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                break;
            case AlertTargetKind.File:
                var path = Path.IsPathRooted(target.Value) ? target.Value : Path.Combine(_baseDirectory, target.Value);
                // One write of the whole line in append mode: lines of several workers never interleave.
                var line = Encoding.UTF8.GetBytes(payload + "\n");
                lock (FileGate)
                {
                    using var f = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
                    f.Write(line);
                }
                break;
            default:
                lock (FileGate) { _stdout.WriteLine(payload); _stdout.Flush(); }
                break;
        }
    }

    private static string Describe(Exception? e) => e switch
    {
        null => "failed",
        TaskCanceledException => "timed out",
        _ => e.Message.Split('\n')[0],
    };

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        try { await _loop; } catch (OperationCanceledException) { }
        _http.Dispose();
    }
}
