using Sitrep.Documents;
using Sitrep.Coding;
using Sitrep.Storage;

namespace Sitrep.Monitor;

/// <summary>
/// Polls watched sources, codes their new items into the store, and fires the alert rules on the events
/// each item touched (new, or changed by a merge). Several watchers, in one process or many, may share a
/// store: each source is polled by the one worker holding its lease, each item is coded by that worker
/// only, and each (rule, event) fires once, whoever sees it first.
/// </summary>
public sealed class Watcher(
    WatchConfig config,
    IEventStore events,
    MonitorStore monitor,
    Coder coder,
    SourcePoller poller,
    AlertDispatcher dispatcher,
    WatchOptions options,
    TimeProvider? time = null,
    Action<string>? log = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Action<string> _log = log ?? (_ => { });
    private readonly Dictionary<string, WatchedSource> _sources = config.Enabled.ToDictionary(s => s.Name, StringComparer.Ordinal);
    private readonly Random _random = new();

    /// <summary>Polls every enabled source once (sharing them with other workers), then waits for the alerts to go out.</summary>
    public async Task RunOnceAsync(CancellationToken stop = default)
    {
        monitor.SyncSources(_sources.Values);
        var start = _time.GetUtcNow();
        var names = _sources.Keys.ToList();
        while (!stop.IsCancellationRequested)
        {
            TakeOverStaleAlerts();
            var lease = monitor.TryLease(names, options.Worker, _time.GetUtcNow(), options.LeaseFor, polledBefore: start);
            if (lease is not null) { await PollAsync(_sources[lease.Name], lease); continue; }
            // Nothing free: done, unless another worker holds a source not yet polled since this run began.
            if (!monitor.Sources().Any(s => _sources.ContainsKey(s.Name) && (s.LastPolled ?? DateTimeOffset.MinValue) < start)) break;
            await Wait(options.IdleWait, stop);
        }
        TakeOverStaleAlerts();
    }

    /// <summary>Polls sources as they fall due until <paramref name="stop"/>; the poll in hand is finished first.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        monitor.SyncSources(_sources.Values);
        var names = _sources.Keys.ToList();
        while (!stop.IsCancellationRequested)
        {
            TakeOverStaleAlerts();
            var lease = monitor.TryLease(names, options.Worker, _time.GetUtcNow(), options.LeaseFor);
            if (lease is not null) { await PollAsync(_sources[lease.Name], lease); continue; }
            await Wait(options.IdleWait, stop);
        }
    }

    private async Task Wait(TimeSpan delay, CancellationToken stop)
    {
        try { await Task.Delay(delay, _time, stop); } catch (OperationCanceledException) { }
    }

    private void TakeOverStaleAlerts()
    {
        var now = _time.GetUtcNow();
        foreach (var id in monitor.ClaimStale(options.Worker, now, now + dispatcher.ClaimFor)) dispatcher.Enqueue(id);
    }

    /// <summary>One poll of a leased source; whatever goes wrong is recorded on the source and never stops the others.</summary>
    private async Task<PollOutcome> PollAsync(WatchedSource source, SourceLease lease)
    {
        PollOutcome outcome;
        try
        {
            outcome = await PollItemsAsync(source, lease);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            outcome = new PollOutcome(0, 0, lease.ETag, lease.LastModified, $"{e.GetType().Name}: {e.Message.Split('\n')[0]}");
        }
        var now = _time.GetUtcNow();
        var failures = outcome.Failed ? lease.Failures + 1 : 0;
        var next = now + PollSchedule.Delay(source.Every, failures, _random);
        if (!monitor.Finish(source.Name, options.Worker, outcome, now, next))
            _log($"{source.Name}: the lease lapsed during the poll; another worker has the source");
        if (outcome.Failed) _log($"{source.Name}: {outcome.Error} (failure {failures} in a row; next poll at {next:u})");
        return outcome;
    }

    private async Task<PollOutcome> PollItemsAsync(WatchedSource source, SourceLease lease)
    {
        var listing = await poller.ListAsync(source, lease.ETag, lease.LastModified, CancellationToken.None);
        if (listing.Error is not null) return new PollOutcome(0, 0, lease.ETag, lease.LastModified, listing.Error);
        if (listing.NotModified) return new PollOutcome(0, 0, lease.ETag, lease.LastModified, null);
        int items = 0, reports = 0;
        string? error = null;
        foreach (var item in listing.Items)
        {
            if (monitor.IsSeen(source.Name, item.Id)) continue;
            var read = await poller.ReadAsync(source, item, CancellationToken.None);
            if (read.Retry)
            {
                error = $"item {item.Link}: {read.Result.Error!.Detail}";
                continue;
            }
            int coded = 0;
            string? docId = null;
            if (read.Result.Document is { } doc)
            {
                // The source's country is the hint for a document that carries none: the country its outlet covers.
                if (doc.Country is null && source.Country is { } named && coder.Resources.Gazetteer.CountryCodeOf(named) is { } code)
                    doc = doc with { Country = code };
                docId = doc.Id;
                var batch = BatchCoder.CodeOne(ReadResult.Success(doc), coder);
                var stored = events.Ingest(doc, batch.Events);
                coded = stored.Reports;
                // A document the store had already: a worker died between storing it and marking the item seen, perhaps
                // before its alerts fired; its events are found again so they fire now (once: the store refuses repeats).
                FireAlerts(stored.NewDocument ? stored.EventIds : StoredEventsOf(doc.Id, batch.Events));
            }
            else _log($"{source.Name}: {read.Result.Error}");
            monitor.MarkSeen(source.Name, item.Id, docId, coded, _time.GetUtcNow());
            items++;
            reports += coded;
            if (!monitor.Renew(source.Name, options.Worker, _time.GetUtcNow() + options.LeaseFor))
                return new PollOutcome(items, reports, lease.ETag, lease.LastModified, "the lease lapsed during the poll");
        }
        // A failed item keeps the old validators, so the next poll lists the feed again and retries it.
        return error is null
            ? new PollOutcome(items, reports, listing.ETag, listing.LastModified, null)
            : new PollOutcome(items, reports, lease.ETag, lease.LastModified, error);
    }

    /// <summary>The stored events that list a document among their sources, looked up where its coded events lie (country, a month around their day).</summary>
    private IEnumerable<string> StoredEventsOf(string docId, IReadOnlyList<Sitrep.Events.CodedEvent> coded) =>
        coded.Select(e => EventQuery.All with { Country = e.Country, From = e.EventDate?.AddDays(-31), To = e.EventDate?.AddDays(31) })
            .Distinct()
            .SelectMany(events.Query)
            .Where(e => e.Sources.Any(s => s.DocId == docId))
            .Select(e => e.EventId)
            .Distinct()
            .ToList();

    /// <summary>Each rule fires once per event: the store refuses a second (rule, event), whichever worker tries.</summary>
    private void FireAlerts(IEnumerable<string> eventIds)
    {
        if (config.Alerts.IsEmpty) return;
        foreach (var id in eventIds.Distinct())
        {
            if (events.Get(id) is not { } e) continue;
            foreach (var rule in config.Alerts.Where(r => r.Matches(e)))
            {
                var now = _time.GetUtcNow();
                var alertId = monitor.TryFire(rule.Name, id, rule.Target, AlertPayload.For(rule, e, now).ToJson(), options.Worker, now, now + dispatcher.ClaimFor);
                if (alertId is long fired)
                {
                    _log($"alert '{rule.Name}': {id}");
                    if (rule.Target is not null) dispatcher.Enqueue(fired);
                }
            }
        }
    }
}
