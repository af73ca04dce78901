using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sitrep.Storage;

namespace Sitrep.Monitor;

/// <summary>
/// The monitor's tables in the same database as the events (SQLite file or PostgreSQL), on a connection of
/// their own. Sources are leased one worker at a time: a lease is a row update taken with
/// <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL (SQLite has one writer, so the update alone is atomic), and
/// it expires by time, so a worker that dies gives its sources back. Safe to share between threads.
/// </summary>
public sealed class MonitorStore : IDisposable
{
    private readonly DbConnection _connection;
    private readonly string _lockClause;
    private readonly string _inNames;
    private readonly Lock _gate = new();

    private MonitorStore(DbConnection connection, bool postgres)
    {
        _connection = connection;
        _lockClause = postgres ? " FOR UPDATE SKIP LOCKED" : "";
        // Dapper expands a list for SQLite; Npgsql takes it as an array.
        _inNames = postgres ? "name = ANY(@names)" : "name IN @names";
    }

    /// <summary>Opens the monitor's tables in the store a target names (as <c>--db</c> does), creating them when missing
    /// (unless <paramref name="createSchema"/> is false: a server opening one per request, after making them once).</summary>
    public static MonitorStore Open(string? target) => Open(target, createSchema: true);

    public static MonitorStore Open(string? target, bool createSchema)
    {
        target = EventStores.Target(target);
        if (EventStores.IsPostgres(target))
        {
            var pg = new NpgsqlConnection(PostgresEventStore.ToConnectionString(target));
            pg.Open();
            if (!createSchema) return new MonitorStore(pg, postgres: true);
            using (var tx = pg.BeginTransaction())
            {
                // Two workers creating the tables at once would collide; one waits for the other.
                pg.Execute("SELECT pg_advisory_xact_lock(7417003)", transaction: tx);
                pg.Execute(MonitorSchema.Postgres, transaction: tx);
                tx.Commit();
            }
            return new MonitorStore(pg, postgres: true);
        }
        var path = EventStores.SqlitePath(target);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var lite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        lite.Open();
        lite.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;");
        if (createSchema) lite.Execute(MonitorSchema.Sqlite);
        return new MonitorStore(lite, postgres: false);
    }

    private static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();
    private static DateTimeOffset? Time(long? ms) => ms is > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms.Value) : null;

    private T Locked<T>(Func<T> f) { lock (_gate) return f(); }

    /// <summary>Adds the list's sources, or updates their URL and interval; their health and seen items stay.</summary>
    public void SyncSources(IEnumerable<WatchedSource> sources) => Locked(() =>
    {
        foreach (var s in sources)
            _connection.Execute("INSERT INTO watch_sources (name, url, every_ms) VALUES (@Name, @url, @every) " +
                                "ON CONFLICT (name) DO UPDATE SET url = excluded.url, every_ms = excluded.every_ms",
                new { s.Name, url = s.Url.ToString(), every = (long)s.Every.TotalMilliseconds });
        return 0;
    });

    // Rows are read into settable classes: Dapper then converts SQLite's and PostgreSQL's integer widths alike.
    private sealed class LeaseRow { public string name { get; set; } = ""; public string? etag { get; set; } public string? last_modified { get; set; } public long failures { get; set; } }

    /// <summary>
    /// Leases one of <paramref name="names"/> that no live lease holds and that is due: its next poll has come, or
    /// (with <paramref name="polledBefore"/>, for a run that polls each source once) it was last polled before then.
    /// </summary>
    public SourceLease? TryLease(IReadOnlyCollection<string> names, string worker, DateTimeOffset now, TimeSpan leaseFor, DateTimeOffset? polledBefore = null) => Locked(() =>
    {
        if (names.Count == 0) return null;
        var due = polledBefore is null ? "next_poll <= @now" : "last_polled < @before";
        var until = now + leaseFor;
        var row = _connection.QuerySingleOrDefault<LeaseRow>(
            "UPDATE watch_sources SET lease_owner = @worker, lease_until = @until WHERE name = (" +
            $"SELECT name FROM watch_sources WHERE {_inNames} AND lease_until <= @now AND {due} ORDER BY next_poll, name LIMIT 1{_lockClause}) " +
            "RETURNING name, etag, last_modified, failures",
            new { worker, until = Ms(until), now = Ms(now), before = polledBefore is { } b ? Ms(b) : 0, names = names.ToArray() });
        return row is null ? null : new SourceLease(row.name, until, row.etag, row.last_modified, (int)row.failures);
    });

    /// <summary>Extends a lease this worker holds; false when it lapsed and another worker took the source.</summary>
    public bool Renew(string name, string worker, DateTimeOffset until) => Locked(() =>
        _connection.Execute("UPDATE watch_sources SET lease_until = @until WHERE name = @name AND lease_owner = @worker",
            new { name, worker, until = Ms(until) }) == 1);

    /// <summary>Records a poll, gives the lease back and sets the next poll. False when the lease was no longer this worker's.</summary>
    public bool Finish(string name, string worker, PollOutcome outcome, DateTimeOffset now, DateTimeOffset nextPoll) => Locked(() =>
    {
        var health = outcome.Failed
            ? "last_error = @error, last_error_at = @now, failures = failures + 1"
            : "last_success = @now, failures = 0, etag = @etag, last_modified = @lastModified";
        return _connection.Execute(
            $"UPDATE watch_sources SET {health}, lease_owner = NULL, lease_until = 0, next_poll = @next, last_polled = @now, polls = polls + 1, " +
            "items_seen = items_seen + @items, events_found = events_found + @reports WHERE name = @name AND lease_owner = @worker",
            new { name, worker, error = outcome.Error, now = Ms(now), next = Ms(nextPoll), etag = outcome.ETag, lastModified = outcome.LastModified,
                  items = outcome.NewItems, reports = outcome.Reports }) == 1;
    });

    /// <summary>Whether an item of a source was coded already, by any worker, in any run.</summary>
    public bool IsSeen(string source, string itemKey) => Locked(() =>
        _connection.QuerySingleOrDefault<int?>("SELECT 1 FROM watch_items WHERE source = @source AND item_key = @itemKey", new { source, itemKey }) is not null);

    public void MarkSeen(string source, string itemKey, string? docId, int events, DateTimeOffset now) => Locked(() =>
        _connection.Execute("INSERT INTO watch_items (source, item_key, doc_id, events, seen_at) VALUES (@source, @itemKey, @docId, @events, @now) " +
                            "ON CONFLICT (source, item_key) DO NOTHING", new { source, itemKey, docId, events, now = Ms(now) }));

    /// <summary>
    /// Records that an event fired a rule, unless it did before (by this worker or any other); returns the new
    /// alert's id, claimed for delivery by <paramref name="worker"/>, or null when it had fired already.
    /// </summary>
    public long? TryFire(string rule, string eventId, AlertTarget? target, string payload, string worker, DateTimeOffset now, DateTimeOffset claimUntil) => Locked(() =>
        _connection.QuerySingleOrDefault<long?>(
            "INSERT INTO alerts (rule, event_id, fired_at, target, payload, status, claimed_by, claimed_until) " +
            "VALUES (@rule, @eventId, @now, @target, @payload, @status, @worker, @until) ON CONFLICT (rule, event_id) DO NOTHING RETURNING id",
            new { rule, eventId, now = Ms(now), target = target?.ToString(), payload, status = target is null ? "stored" : "pending", worker, until = Ms(claimUntil) }));

    /// <summary>Takes over pending deliveries whose claim lapsed (their worker died); returns their ids.</summary>
    public IReadOnlyList<long> ClaimStale(string worker, DateTimeOffset now, DateTimeOffset until) => Locked(() =>
        _connection.Query<long>(
            "UPDATE alerts SET claimed_by = @worker, claimed_until = @until WHERE id IN (" +
            $"SELECT id FROM alerts WHERE status = 'pending' AND claimed_until <= @now ORDER BY id LIMIT 100{_lockClause}) RETURNING id",
            new { worker, now = Ms(now), until = Ms(until) }).ToList());

    /// <summary>Extends this worker's claim on a pending delivery; false when the claim lapsed and another worker took it.</summary>
    public bool ExtendClaim(long id, string worker, DateTimeOffset until) => Locked(() =>
        _connection.Execute("UPDATE alerts SET claimed_until = @until WHERE id = @id AND claimed_by = @worker AND status = 'pending'", new { id, worker, until = Ms(until) }) == 1);

    /// <summary>Records one delivery attempt: delivered, failed for good, or still pending with its error.</summary>
    public void RecordAttempt(long id, string status, string? error, DateTimeOffset now) => Locked(() =>
        _connection.Execute("UPDATE alerts SET attempts = attempts + 1, status = @status, last_error = @error, " +
                            "delivered_at = CASE WHEN @status = 'delivered' THEN @now ELSE delivered_at END WHERE id = @id",
            new { id, status, error, now = Ms(now) }));

    private sealed class AlertRow
    {
        public long id { get; set; }
        public string rule { get; set; } = "";
        public string event_id { get; set; } = "";
        public long fired_at { get; set; }
        public string? target { get; set; }
        public string status { get; set; } = "";
        public long attempts { get; set; }
        public string? last_error { get; set; }
        public long? delivered_at { get; set; }
        public string payload { get; set; } = "";
    }

    private const string AlertColumns = "id, rule, event_id, fired_at, target, status, attempts, last_error, delivered_at, payload";

    private static StoredAlert ToAlert(AlertRow r) =>
        new(r.id, r.rule, r.event_id, Time(r.fired_at)!.Value, r.target, r.status, (int)r.attempts, r.last_error, Time(r.delivered_at), r.payload);

    public StoredAlert? GetAlert(long id) => Locked(() =>
        _connection.QuerySingleOrDefault<AlertRow>($"SELECT {AlertColumns} FROM alerts WHERE id = @id", new { id }) is { } r ? ToAlert(r) : null);

    /// <summary>The most recent alerts first, optionally of one rule only.</summary>
    public IReadOnlyList<StoredAlert> Alerts(int limit = 100, string? rule = null) => Locked(() =>
        _connection.Query<AlertRow>($"SELECT {AlertColumns} FROM alerts" + (rule is null ? "" : " WHERE rule = @rule") + " ORDER BY fired_at DESC, id DESC LIMIT @limit",
            new { limit, rule }).Select(ToAlert).ToList());

    private sealed class SourceRow
    {
        public string name { get; set; } = "";
        public string url { get; set; } = "";
        public long every_ms { get; set; }
        public long last_polled { get; set; }
        public long? last_success { get; set; }
        public string? last_error { get; set; }
        public long? last_error_at { get; set; }
        public long failures { get; set; }
        public long polls { get; set; }
        public long items_seen { get; set; }
        public long events_found { get; set; }
        public long next_poll { get; set; }
        public string? lease_owner { get; set; }
        public long lease_until { get; set; }
    }

    public IReadOnlyList<SourceHealth> Sources() => Locked(() =>
        _connection.Query<SourceRow>("SELECT name, url, every_ms, last_polled, last_success, last_error, last_error_at, failures, polls, items_seen, events_found, " +
                                     "next_poll, lease_owner, lease_until FROM watch_sources ORDER BY name")
            .Select(r => new SourceHealth(r.name, r.url, TimeSpan.FromMilliseconds(r.every_ms), Time(r.last_polled), Time(r.last_success), r.last_error,
                Time(r.last_error_at), (int)r.failures, r.polls, r.items_seen, r.events_found, Time(r.next_poll), r.lease_owner, Time(r.lease_until))).ToList());

    public void Dispose() => _connection.Dispose();
}
