using System.Collections.Immutable;
using System.Data.Common;
using System.Text.Json;
using Dapper;
using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// The store's logic in plain SQL, shared by SQLite and PostgreSQL; each subclass gives its dialect
/// (schema, spatial and text search, locking). Reports (one per event coded from a document) are kept
/// as coded; events are the clusters of reports, recomputed around every new report, so merges follow
/// from the reports alone and re-running never duplicates.
/// </summary>
public abstract class SqlEventStore : IEventStore
{
    private readonly TimeProvider _clock;
    private readonly DedupRules _rules;

    /// <summary>The features of reports already read, by report key: a report never changes once stored, so neither do they.</summary>
    private readonly Dictionary<long, ReportFeatures> _features = [];
    private const int FeatureCacheSize = 200_000;

    /// <summary>The matcher's verdicts on pairs of reports already compared: pure of two reports' features, so kept while they are.</summary>
    private readonly Dictionary<(long, long), MatchVerdict> _verdicts = [];
    private const int VerdictCacheSize = 1_000_000;

    protected SqlEventStore(DbConnection connection, TimeProvider? clock = null, DedupRules? rules = null)
    {
        Connection = connection;
        _clock = clock ?? TimeProvider.System;
        _rules = rules ?? DedupRules.Default;
    }

    protected DbConnection Connection { get; }

    /// <summary>Creates the tables and indexes when they are missing.</summary>
    protected abstract void CreateSchema();

    /// <summary>
    /// Brings a store written by an earlier version up to date, once the tables and columns exist: events stored
    /// before ids were ACLED-style get theirs in the order they were made, and their old "ev" ids lead to them.
    /// </summary>
    protected void Migrate(DbTransaction tx)
    {
        Connection.Execute("CREATE UNIQUE INDEX IF NOT EXISTS events_code ON events (code)", transaction: tx);
        foreach (var (id, json) in Connection.Query<(long, string)>("SELECT id, json FROM events WHERE code IS NULL ORDER BY id", transaction: tx).ToList())
        {
            var e = json == "{}" ? null : JsonSerializer.Deserialize<CodedEvent>(json, EventJson.Compact);
            var code = NewCode(tx, e?.Iso3 ?? "");
            Connection.Execute("UPDATE events SET code = @code, json = @json WHERE id = @id",
                new { id, code, json = e is null ? json : JsonSerializer.Serialize(e with { EventId = code }, EventJson.Compact) }, tx);
            Connection.Execute("INSERT INTO event_aliases (code, event_code) VALUES (@old, @code) ON CONFLICT (code) DO NOTHING", new { old = "ev" + id, code }, tx);
        }
    }

    /// <summary>Serialises writers that could store a document under the same id (SQLite's one writer already is).</summary>
    protected virtual void LockDocumentId(DbTransaction tx, string docId) { }

    /// <summary>Serialises writers that could merge into the same events (a country's reports).</summary>
    protected abstract void LockNeighbourhood(DbTransaction tx, string country);

    /// <summary>Writes or refreshes the spatial and text index rows of an event (where the dialect keeps them apart).</summary>
    protected abstract void IndexEvent(DbTransaction tx, long id, CodedEvent e);

    protected abstract void UnindexEvent(DbTransaction tx, long id);

    /// <summary>The SQL condition for a bounding box on events <c>e</c>, with parameters @minLon, @minLat, @maxLon, @maxLat;
    /// the query comes along because the best plan depends on the other filters.</summary>
    protected abstract string BboxCondition(EventQuery query);

    /// <summary>The SQL condition for a full-text search on events <c>e</c>, with parameter @text.</summary>
    protected abstract string TextCondition { get; }

    /// <summary>The condition "column is one of the list @ids" (Dapper expands lists for SQLite; PostgreSQL takes an array).</summary>
    protected virtual string InIds(string column) => $"{column} IN @ids";

    /// <summary>The value bound to @text for a user's search words.</summary>
    protected virtual string TextArgument(string text) => text;

    protected abstract DbTransaction BeginWrite();

    public IngestOutcome Ingest(Document document, IReadOnlyList<CodedEvent> events)
    {
        using var tx = BeginWrite();
        var key = DocumentKey.Of(document);
        // A document's id is unique in the store: another text under a taken id is stored under a derived one,
        // and its events point to that, so evidence always indexes the text it was coded from.
        LockDocumentId(tx, document.Id);
        var holder = Connection.QueryFirstOrDefault<string?>("SELECT doc_key FROM documents WHERE doc_id = @id", new { id = document.Id }, tx);
        string? storedAs = null;
        if (holder is not null && holder != key)
        {
            var original = document.Id;
            storedAs = DocumentKey.DerivedId(original, key);
            document = document with { Id = storedAs };
            events = events.Select(e => DocumentKey.Renamed(e, original, storedAs)).ToList();
        }
        var docRow = Connection.QuerySingleOrDefault<long?>(
            "INSERT INTO documents (doc_key, doc_id, url, outlet, published, title, text, ingested_at) " +
            "VALUES (@key, @id, @url, @outlet, @published, @title, @text, @now) ON CONFLICT (doc_key) DO NOTHING RETURNING id",
            new { key, id = document.Id, url = document.Url, outlet = document.Source, published = document.Published?.ToString("yyyy-MM-dd"),
                  title = document.Title, text = document.Text, now = _clock.GetUtcNow().UtcDateTime.ToString("O") }, tx);
        if (docRow is null)
        {
            tx.Commit();
            return new IngestOutcome(false, 0, [], 0);
        }
        var touched = new List<string>();
        int merged = 0;
        foreach (var country in events.Select(e => e.Country).Distinct().Order(StringComparer.Ordinal))
            LockNeighbourhood(tx, country);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i] with { EventId = $"{document.Id}#{i + 1}" };
            var features = ReportFeatures.Of(e, document.Text);
            var reportId = Connection.QuerySingle<long>(
                "INSERT INTO reports (document_id, ordinal, event_date, time_precision, country, lat, lon, geo_precision, json, features) " +
                "VALUES (@doc, @i, @date, @TimePrecision, @Country, @Latitude, @Longitude, @GeoPrecision, @json, @features) RETURNING id",
                new { doc = docRow, i, date = e.EventDate?.ToString("yyyy-MM-dd") ?? "", TimePrecision = (int)e.TimePrecision, e.Country, e.Latitude, e.Longitude, GeoPrecision = (int)e.GeoPrecision,
                      json = JsonSerializer.Serialize(e, EventJson.Compact), features = JsonSerializer.Serialize(features, EventJson.Compact) }, tx);
            Remember(reportId, features);
            var (eventId, size) = Regroup(tx, reportId, features);
            touched.Add(eventId);
            if (size > 1) merged++;
        }
        tx.Commit();
        return new IngestOutcome(true, events.Count, touched, merged, storedAs);
    }

    public int Import(IEnumerable<CodedEvent> events)
    {
        int n = 0;
        foreach (var chunk in events.Chunk(10_000))
        {
            using var tx = BeginWrite();
            foreach (var e in chunk)
            {
                var code = NewCode(tx, e.Iso3);
                var id = Connection.QuerySingle<long>("INSERT INTO events (code, event_date, country, json) VALUES (@code, '', '', '{}') RETURNING id", new { code }, tx);
                WriteEvent(tx, id, e with { EventId = code });
                n++;
            }
            tx.Commit();
        }
        return n;
    }

    private sealed record MemberRow(long Id, string DocId, long Ordinal, string? Features)
    {
        /// <summary>The report's own id, as its coded event carries it: the document's id and the report's number in it.</summary>
        public string Name => $"{DocId}#{Ordinal + 1}";
    }

    /// <summary>The internal key and code of an event named by its id or by an id it absorbed.</summary>
    private EventKey? Resolve(DbTransaction tx, string eventId) =>
        Connection.QuerySingleOrDefault<EventKey>("SELECT id, code FROM events WHERE code = @eventId", new { eventId }, tx)
        ?? Connection.QuerySingleOrDefault<EventKey>("SELECT e.id, e.code FROM event_aliases a JOIN events e ON e.code = a.event_code WHERE a.code = @eventId", new { eventId }, tx);

    private sealed record EventKey(long Id, string Code);

    private List<MemberRow> Members(DbTransaction tx, long eventId) =>
        Connection.Query<MemberRow>("SELECT r.id, d.doc_id AS DocId, CAST(r.ordinal AS BIGINT) AS Ordinal, r.features FROM reports r JOIN documents d ON d.id = r.document_id WHERE r.event_id = @eventId ORDER BY r.id",
            new { eventId }, tx).ToList();

    private void Decide(DbTransaction tx, IEnumerable<AnalystLink> links)
    {
        var now = _clock.GetUtcNow().UtcDateTime.ToString("O");
        foreach (var l in links)
            Connection.Execute("INSERT INTO report_links (a, b, same, decided_at) VALUES (@A, @B, @same, @now) ON CONFLICT (a, b) DO UPDATE SET same = @same, decided_at = @now",
                new { l.A, l.B, same = l.Same ? 1L : 0L, now }, tx);
    }

    private ReportFeatures FeaturesOf(DbTransaction tx, MemberRow m) => FeaturesOf(tx, new ReportRow(m.Id, null, m.Features));

    public CorrectionResult Split(string eventId, IReadOnlyList<string> reports)
    {
        using var tx = BeginWrite();
        if (Resolve(tx, eventId) is not { Id: var id, Code: var code }) return CorrectionResult.NoSuchEvent(eventId);
        var members = Members(tx, id);
        var moved = new List<MemberRow>();
        foreach (var name in reports)
        {
            var named = members.Where(m => m.Name == name || m.DocId == name).ToList();
            if (named.Count == 0)
                return CorrectionResult.Refused($"event {code} has no report '{name}' (its reports: {string.Join(", ", members.Select(m => m.Name))})");
            moved.AddRange(named);
        }
        moved = moved.DistinctBy(m => m.Id).ToList();
        var staying = members.Where(m => !moved.Contains(m)).ToList();
        if (staying.Count == 0) return CorrectionResult.Refused($"splitting every report off {code} leaves it nothing: name the reports to take out of it");
        Decide(tx, moved.SelectMany(a => staying.Select(b => AnalystLink.Of(a.Id, b.Id, same: false))));
        var seed = FeaturesOf(tx, moved[0]);
        LockNeighbourhood(tx, seed.Country);
        var (newEvent, _) = Regroup(tx, moved[0].Id, seed, [id], moved.Select(m => m.Id).ToHashSet());
        var left = Connection.QuerySingle<string>("SELECT e.code FROM reports r JOIN events e ON e.id = r.event_id WHERE r.id = @id", new { id = staying[0].Id }, tx);
        tx.Commit();
        return CorrectionResult.Done([left, newEvent]);
    }

    public CorrectionResult Merge(string eventId, string otherId)
    {
        using var tx = BeginWrite();
        if (Resolve(tx, eventId) is not { Id: var a, Code: var codeA }) return CorrectionResult.NoSuchEvent(eventId);
        if (Resolve(tx, otherId) is not { Id: var b, Code: var codeB }) return CorrectionResult.NoSuchEvent(otherId);
        if (a == b) return CorrectionResult.Refused($"{eventId} and {otherId} are one event already ({codeA})");
        var first = Members(tx, a);
        var second = Members(tx, b);
        if (first.Count == 0 || second.Count == 0)
            return CorrectionResult.Refused($"{(first.Count == 0 ? codeA : codeB)} was imported without reports: only events coded from documents can be merged");
        Decide(tx, first.SelectMany(x => second.Select(y => AnalystLink.Of(x.Id, y.Id, same: true))));
        var seed = FeaturesOf(tx, first[0]);
        foreach (var country in new[] { seed.Country, FeaturesOf(tx, second[0]).Country }.Distinct().Order(StringComparer.Ordinal))
            LockNeighbourhood(tx, country);
        var (merged, _) = Regroup(tx, first[0].Id, seed, [a, b]);
        tx.Commit();
        return CorrectionResult.Done([merged]);
    }

    private sealed record ReportRow(long Id, long? EventId, string? Features);

    /// <summary>
    /// Clusters the new report with its neighbourhood and writes the events that changed; returns the new report's event.
    /// Only the neighbours' features are read; the whole coded reports are read for the events whose members changed.
    /// </summary>
    /// <param name="alsoEvents">Events to cluster with the neighbourhood wherever they are (an analyst's merge of two far apart).</param>
    /// <param name="splitOff">Reports an analyst split off: the part they form takes a new id, and the event they left keeps its own.</param>
    private (string EventId, int Size) Regroup(DbTransaction tx, long reportId, ReportFeatures report,
        IReadOnlyCollection<long>? alsoEvents = null, IReadOnlySet<long>? splitOff = null)
    {
        // The neighbourhood: reports of the same country whose day and place could match this one (the matcher's own
        // limits). Each branch of the UNION is a range on the (country, event_date) index; undated reports are their own branch.
        var args = new DynamicParameters(new { country = report.Country });
        string place = "";
        if (report.Latitude is double lat && report.Longitude is double lon && report.GeoPrecision < GeoPrecision.Region)
        {
            // A margin over the limit: a degree of longitude shrinks towards the poles.
            double dLat = _rules.MaxKm * 1.2 / 111.0, dLon = dLat / Math.Max(0.1, Math.Cos(lat * Math.PI / 180));
            place = " AND (lat IS NULL OR geo_precision = 3 OR (lat BETWEEN @latMin AND @latMax AND lon BETWEEN @lonMin AND @lonMax))";
            args.AddDynamicParams(new { latMin = lat - dLat, latMax = lat + dLat, lonMin = lon - dLon, lonMax = lon + dLon });
        }
        const string columns = "SELECT id, event_id AS EventId, features FROM reports";
        var sql = $"{columns} WHERE country = @country AND event_date = ''" + place;
        if (report.EventDate is DateOnly d)
        {
            int week = _rules.DaysAllowed(TimePrecision.Week), month = _rules.DaysAllowed(TimePrecision.Month), own = _rules.DaysAllowed(report.TimePrecision);
            sql += $" UNION ALL {columns} WHERE country = @country AND event_date BETWEEN @fromMonth AND @toMonth" +
                   " AND (event_date BETWEEN @from AND @to OR (time_precision >= 2 AND event_date BETWEEN @fromWeek AND @toWeek) OR time_precision = 3)" + place;
            args.AddDynamicParams(new
            {
                from = d.AddDays(-own).ToString("yyyy-MM-dd"), to = d.AddDays(own).ToString("yyyy-MM-dd"),
                fromWeek = d.AddDays(-week).ToString("yyyy-MM-dd"), toWeek = d.AddDays(week).ToString("yyyy-MM-dd"),
                fromMonth = d.AddDays(-month).ToString("yyyy-MM-dd"), toMonth = d.AddDays(month).ToString("yyyy-MM-dd"),
            });
        }
        else
        {
            // An undated report may match anything of its country and place.
            sql = $"{columns} WHERE country = @country" + place;
        }
        var rows = Connection.Query<ReportRow>(sql, args, tx).ToList();
        // Whole events take part: the other reports of any event in the neighbourhood come along.
        var eventIds = rows.Where(r => r.EventId is not null).Select(r => r.EventId!.Value).Concat(alsoEvents ?? []).Distinct().ToList();
        if (eventIds.Count > 0)
        {
            var known = rows.Select(r => r.Id).ToHashSet();
            rows.AddRange(Connection.Query<ReportRow>($"{columns} WHERE {InIds("event_id")}", new { ids = eventIds }, tx).Where(r => known.Add(r.Id)));
        }
        rows = rows.OrderBy(r => r.Id).ToList();
        var keys = rows.Select(r => r.Id).ToList();
        var features = rows.Select(r => FeaturesOf(tx, r)).ToList();
        var links = Connection.Query<(long A, long B, long Same)>($"SELECT a, b, same FROM report_links WHERE {InIds("a")} OR {InIds("b")}", new { ids = keys }, tx)
            .Select(l => new AnalystLink(l.A, l.B, l.Same != 0)).ToList();
        var clusters = Clusterer.Group(features, keys, links, _rules, (i, j) => Verdict(keys[i], features[i], keys[j], features[j]));

        // First every cluster gets its event: an event keeps its id while any of its reports stay in it, the oldest
        // such id winning; a cluster that keeps none (a new report alone, or the part split off) gets a new event.
        var usedIds = new HashSet<long>();
        var assigned = new List<(Clusterer.Cluster Cluster, List<ReportRow> Members, long? Id, bool Unchanged)>();
        foreach (var cluster in clusters.OrderBy(c => splitOff is not null && c.Members.Any(m => splitOff.Contains(rows[m].Id))))
        {
            var members = cluster.Members.Select(m => rows[m]).ToList();
            long? id = members.Where(m => m.EventId is not null && !usedIds.Contains(m.EventId.Value)).Select(m => m.EventId).Min();
            bool unchanged = id is not null && members.All(m => m.EventId == id) && rows.Count(r => r.EventId == id) == members.Count;
            if (id is not null) usedIds.Add(id.Value);
            assigned.Add((cluster, members, id, unchanged));
        }
        var codes = CodesOf(tx, rows.Where(r => r.EventId is not null).Select(r => r.EventId!.Value).Distinct().ToList());
        // Events whose reports all moved elsewhere are gone; a merge records the absorbed id against the event that
        // took the absorbed event's oldest report, so the old id still leads somewhere.
        foreach (var orphan in rows.Where(r => r.EventId is not null && !usedIds.Contains(r.EventId.Value)).Select(r => r.EventId!.Value).Distinct())
        {
            var heir = assigned.First(a => a.Members.Any(m => m.EventId == orphan)).Id;
            if (heir is not null) Absorb(tx, codes[orphan], codes[heir.Value]);
            UnindexEvent(tx, orphan);
            Connection.Execute("DELETE FROM events WHERE id = @orphan", new { orphan }, tx);
        }
        string result = "";
        int resultSize = 1;
        foreach (var (cluster, members, known, unchanged) in assigned)
        {
            string code;
            if (unchanged) code = codes[known!.Value];
            else
            {
                var merged = EventMerger.Merge("", CodedReports(tx, members.Select(m => m.Id).ToList()), cluster.Reasons);
                long id;
                if (known is long k) { id = k; code = codes[k]; }
                else
                {
                    code = NewCode(tx, merged.Iso3);
                    id = Connection.QuerySingle<long>("INSERT INTO events (code, event_date, country, json) VALUES (@code, '', '', '{}') RETURNING id", new { code }, tx);
                }
                Connection.Execute($"UPDATE reports SET event_id = @id WHERE {InIds("id")}", new { id, ids = members.Select(m => m.Id).ToList() }, tx);
                WriteEvent(tx, id, merged with { EventId = code, AbsorbedIds = AbsorbedInto(tx, code) });
            }
            if (members.Any(m => m.Id == reportId)) { result = code; resultSize = members.Count; }
        }
        return (result, resultSize);
    }

    /// <summary>A report's features: remembered, else as stored, else (a report stored before features were) from its coded event.</summary>
    private ReportFeatures FeaturesOf(DbTransaction tx, ReportRow row)
    {
        if (_features.TryGetValue(row.Id, out var known)) return known;
        var features = row.Features is { } json
            ? JsonSerializer.Deserialize<ReportFeatures>(json, EventJson.Compact)!
            : ReportFeatures.Of(CodedReports(tx, [row.Id])[0], Connection.QuerySingleOrDefault<string>(
                "SELECT d.text FROM reports r JOIN documents d ON d.id = r.document_id WHERE r.id = @id", new { id = row.Id }, tx));
        Remember(row.Id, features);
        return features;
    }

    private MatchVerdict Verdict(long a, ReportFeatures fa, long b, ReportFeatures fb)
    {
        if (_verdicts.TryGetValue((a, b), out var known)) return known;
        if (_verdicts.Count >= VerdictCacheSize) _verdicts.Clear();
        return _verdicts[(a, b)] = ReportMatcher.Compare(fa, fb, _rules);
    }

    private void Remember(long reportId, ReportFeatures features)
    {
        if (_features.Count >= FeatureCacheSize) _features.Clear();
        _features[reportId] = features;
    }

    private List<CodedEvent> CodedReports(DbTransaction tx, List<long> ids) =>
        Connection.Query<(long Id, string Json)>($"SELECT id, json FROM reports WHERE {InIds("id")}", new { ids }, tx)
            .OrderBy(r => r.Id).Select(r => JsonSerializer.Deserialize<CodedEvent>(r.Json, EventJson.Compact)!).ToList();

    private Dictionary<long, string> CodesOf(DbTransaction tx, List<long> ids) => ids.Count == 0 ? [] :
        Connection.Query<(long Id, string Code)>($"SELECT id, code FROM events WHERE {InIds("id")}", new { ids }, tx).ToDictionary(r => r.Id, r => r.Code);

    /// <summary>The next id of a country: the counter row is locked by its update, so two writers never draw the same number.</summary>
    private string NewCode(DbTransaction? tx, string iso3)
    {
        var prefix = EventCode.Prefix(iso3);
        long n = Connection.QuerySingle<long>(
            "INSERT INTO event_numbers (iso3, last) VALUES (@prefix, 1) ON CONFLICT (iso3) DO UPDATE SET last = event_numbers.last + 1 RETURNING last",
            new { prefix }, tx);
        return EventCode.Format(prefix, n);
    }

    /// <summary>Records that <paramref name="absorbed"/> now names <paramref name="survivor"/>, and so do the ids the absorbed event had taken in.</summary>
    private void Absorb(DbTransaction tx, string absorbed, string survivor)
    {
        Connection.Execute("UPDATE event_aliases SET event_code = @survivor WHERE event_code = @absorbed", new { absorbed, survivor }, tx);
        Connection.Execute("INSERT INTO event_aliases (code, event_code) VALUES (@absorbed, @survivor) ON CONFLICT (code) DO UPDATE SET event_code = @survivor",
            new { absorbed, survivor }, tx);
    }

    private ImmutableArray<string>? AbsorbedInto(DbTransaction tx, string code)
    {
        var absorbed = Connection.Query<string>("SELECT code FROM event_aliases WHERE event_code = @code ORDER BY code", new { code }, tx).ToImmutableArray();
        return absorbed.IsEmpty ? null : absorbed;
    }

    private void WriteEvent(DbTransaction tx, long id, CodedEvent e)
    {
        e = e with { Timestamp = _clock.GetUtcNow().ToUnixTimeSeconds() }; // ACLED's timestamp: when the event last changed, by the store's clock
        Connection.Execute(
            "UPDATE events SET event_date = @date, country = @Country, admin1 = @Admin1, event_type = @EventType, sub_event_type = @SubEventType, " +
            "actor1 = @Actor1, actor2 = @Actor2, location = @Location, fatalities = @Fatalities, lat = @Latitude, lon = @Longitude, notes = @Notes, " +
            "sources = @sources, json = @json WHERE id = @id",
            new { id, date = e.EventDate?.ToString("yyyy-MM-dd") ?? "", e.Country, e.Admin1, e.EventType, e.SubEventType, e.Actor1, e.Actor2, e.Location,
                  e.Fatalities, e.Latitude, e.Longitude, e.Notes, sources = e.Sources.Length, json = JsonSerializer.Serialize(e, EventJson.Compact) }, tx);
        UnindexEvent(tx, id);
        IndexEvent(tx, id, e);
    }

    public IReadOnlyList<CodedEvent> Query(EventQuery query) =>
        QueryJson(query).Select(j => JsonSerializer.Deserialize<CodedEvent>(j, EventJson.Compact)!).ToList();

    public IReadOnlyList<string> QueryJson(EventQuery query)
    {
        var (where, args) = Where(query);
        args.Add("limit", Math.Min(query.Limit, 1_000_000));
        args.Add("offset", query.Offset);
        return Connection.Query<string>($"SELECT e.json FROM events e {where} ORDER BY e.event_date DESC, e.id DESC LIMIT @limit OFFSET @offset", args).ToList();
    }

    public long Count(EventQuery query)
    {
        var (where, args) = Where(query);
        return Connection.QuerySingle<long>($"SELECT COUNT(*) FROM events e {where}", args);
    }

    /// <summary>An event by its id, or by the id of an event it absorbed.</summary>
    public CodedEvent? Get(string eventId)
    {
        var json = Connection.QuerySingleOrDefault<string>("SELECT json FROM events WHERE code = @eventId", new { eventId })
            ?? Connection.QuerySingleOrDefault<string>("SELECT e.json FROM event_aliases a JOIN events e ON e.code = a.event_code WHERE a.code = @eventId", new { eventId });
        return json is null ? null : JsonSerializer.Deserialize<CodedEvent>(json, EventJson.Compact);
    }

    private sealed record DocumentRow(string doc_id, string text, string? published, string? title, string? url, string? outlet);

    public Document? GetDocument(string docId)
    {
        var row = Connection.QueryFirstOrDefault<DocumentRow>("SELECT doc_id, text, published, title, url, outlet FROM documents WHERE doc_id = @docId ORDER BY id", new { docId });
        return row is null ? null : new Document(row.doc_id, row.text, row.published is null ? null : DateOnly.Parse(row.published), row.title, row.url, row.outlet);
    }

    public StoreStats Stats(EventQuery query)
    {
        var (where, args) = Where(query);
        var byDay = Connection.Query<(string, long)>($"SELECT e.event_date, COUNT(*) FROM events e {where} GROUP BY e.event_date ORDER BY e.event_date", args)
            .Where(r => r.Item1.Length == 10).Select(r => (DateOnly.Parse(r.Item1), r.Item2)).ToList();
        var byType = Connection.Query<(string, long)>($"SELECT e.event_type, COUNT(*) FROM events e {where} GROUP BY e.event_type ORDER BY 2 DESC", args).ToList();
        var byCountry = Connection.Query<(string, long)>($"SELECT e.country, COUNT(*) FROM events e {where} GROUP BY e.country ORDER BY 2 DESC", args).ToList();
        return new StoreStats(byType.Sum(t => t.Item2), Connection.QuerySingle<long>("SELECT COUNT(*) FROM documents"), byDay, byType, byCountry);
    }

    private (string Sql, DynamicParameters Args) Where(EventQuery q)
    {
        var conditions = new List<string>();
        var args = new DynamicParameters();
        if (q.From is DateOnly f) { conditions.Add("e.event_date >= @from"); args.Add("from", f.ToString("yyyy-MM-dd")); }
        if (q.To is DateOnly t) { conditions.Add("e.event_date <= @to AND e.event_date <> ''"); args.Add("to", t.ToString("yyyy-MM-dd")); }
        if (!string.IsNullOrEmpty(q.Country)) { conditions.Add("LOWER(e.country) = LOWER(@country)"); args.Add("country", q.Country); }
        if (!string.IsNullOrEmpty(q.Admin1)) { conditions.Add("LOWER(e.admin1) = LOWER(@admin1)"); args.Add("admin1", q.Admin1); }
        if (!string.IsNullOrEmpty(q.Type))
        {
            // An equality the (type, date) indexes can serve, rather than an OR that scans.
            var subType = SubEventType.TryParse(q.Type);
            bool sub = subType is not null;
            bool main = EventType.All.Any(t => t.Name == q.Type);
            conditions.Add(main ? "e.event_type = @type" : sub ? "e.sub_event_type = @type" : "(e.event_type = @type OR e.sub_event_type = @type)");
            args.Add("type", subType?.Name ?? q.Type);
        }
        if (!string.IsNullOrEmpty(q.SubType)) { conditions.Add("e.sub_event_type = @subType"); args.Add("subType", q.SubType); }
        if (!string.IsNullOrEmpty(q.Actor)) { conditions.Add("(LOWER(e.actor1) LIKE @actor OR LOWER(e.actor2) LIKE @actor)"); args.Add("actor", "%" + q.Actor.ToLowerInvariant() + "%"); }
        if (q.Bbox is var (minLon, minLat, maxLon, maxLat))
        {
            conditions.Add(BboxCondition(q));
            args.Add("minLon", minLon); args.Add("minLat", minLat); args.Add("maxLon", maxLon); args.Add("maxLat", maxLat);
        }
        if (!string.IsNullOrWhiteSpace(q.Text)) { conditions.Add(TextCondition); args.Add("text", TextArgument(q.Text)); }
        if (q.MinFatalities is int minDead) { conditions.Add("e.fatalities >= @minDead"); args.Add("minDead", minDead); }
        if (q.ActorKind is { } actorKind)
        {
            // The inter codes live only in the event's JSON, which the store writes compactly itself: a pattern both databases read.
            conditions.Add("(e.json LIKE @kind1 OR e.json LIKE @kind2)");
            int kind = (int)actorKind;
            args.Add("kind1", $"%\"inter1\":{kind},%"); args.Add("kind2", $"%\"inter2\":{kind},%");
        }
        if (!string.IsNullOrEmpty(q.After))
        {
            // The listing's order is (event_date, id) descending: the page after an event is what sorts below it.
            conditions.Add("(e.event_date, e.id) < (SELECT a.event_date, a.id FROM events a WHERE a.code = @after)");
            args.Add("after", q.After);
        }
        conditions.Add("e.json <> '{}'");
        return ("WHERE " + string.Join(" AND ", conditions), args);
    }

    public void Dispose() => Connection.Dispose();
}
