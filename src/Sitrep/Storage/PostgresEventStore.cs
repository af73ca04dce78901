using System.Data.Common;
using Dapper;
using Npgsql;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// The store on PostgreSQL, for many ingest processes on many machines: documents are unique by content
/// hash, and the merging around a report runs under a transaction-scoped advisory lock on its country, so
/// concurrent writers never create the same event twice. Text search uses a generated tsvector with a GIN index.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private PostgresEventStore(NpgsqlConnection connection, TimeProvider? clock) : base(connection, clock) { }

    /// <summary>Opens <c>postgres://user:password@host:port/database</c> (or an Npgsql connection string).</summary>
    public static PostgresEventStore Open(string target, TimeProvider? clock = null)
    {
        var connection = new NpgsqlConnection(ToConnectionString(target));
        connection.Open();
        var store = new PostgresEventStore(connection, clock);
        store.CreateSchema();
        return store;
    }

    public static string ToConnectionString(string target)
    {
        if (!target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return target;
        var uri = new Uri(target);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = string.IsNullOrEmpty(uri.Host) ? "localhost" : uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2) b[Uri.UnescapeDataString(kv[0])] = Uri.UnescapeDataString(kv[1]);
        }
        return b.ToString();
    }

    protected override void CreateSchema()
    {
        using var tx = Connection.BeginTransaction();
        // Two processes creating the schema at once would collide; one waits for the other.
        Connection.Execute("SELECT pg_advisory_xact_lock(7417001)", transaction: tx);
        Connection.Execute("""
            CREATE TABLE IF NOT EXISTS documents (
                id BIGSERIAL PRIMARY KEY, doc_key TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, url TEXT, outlet TEXT,
                published TEXT, title TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
            CREATE TABLE IF NOT EXISTS events (
                id BIGSERIAL PRIMARY KEY, code TEXT, event_date TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT, event_type TEXT, sub_event_type TEXT,
                actor1 TEXT, actor2 TEXT, location TEXT, fatalities INTEGER, lat DOUBLE PRECISION, lon DOUBLE PRECISION, notes TEXT,
                sources INTEGER, json TEXT NOT NULL,
                search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple',
                    coalesce(notes, '') || ' ' || coalesce(actor1, '') || ' ' || coalesce(actor2, '') || ' ' || coalesce(location, '') || ' ' || coalesce(admin1, '') || ' ' || country)) STORED);
            CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
            CREATE INDEX IF NOT EXISTS events_type_date ON events (event_type, event_date);
            CREATE INDEX IF NOT EXISTS events_subtype_date ON events (sub_event_type, event_date);
            CREATE INDEX IF NOT EXISTS events_country_date ON events (country, event_date);
            CREATE INDEX IF NOT EXISTS events_lat_lon ON events (lat, lon);
            CREATE INDEX IF NOT EXISTS events_search ON events USING GIN (search);
            CREATE TABLE IF NOT EXISTS reports (
                id BIGSERIAL PRIMARY KEY, document_id BIGINT NOT NULL REFERENCES documents (id), ordinal INTEGER NOT NULL,
                event_id BIGINT, event_date TEXT NOT NULL, time_precision INTEGER NOT NULL, country TEXT NOT NULL, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
                geo_precision INTEGER NOT NULL, json TEXT NOT NULL, features TEXT, UNIQUE (document_id, ordinal));
            CREATE INDEX IF NOT EXISTS reports_neighbourhood ON reports (country, event_date);
            CREATE INDEX IF NOT EXISTS reports_event ON reports (event_id);
            CREATE TABLE IF NOT EXISTS event_numbers (iso3 TEXT PRIMARY KEY, last BIGINT NOT NULL);
            CREATE TABLE IF NOT EXISTS event_aliases (code TEXT PRIMARY KEY, event_code TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS event_aliases_event ON event_aliases (event_code);
            ALTER TABLE events ADD COLUMN IF NOT EXISTS code TEXT;
            ALTER TABLE reports ADD COLUMN IF NOT EXISTS features TEXT;
            CREATE TABLE IF NOT EXISTS report_links (a BIGINT NOT NULL, b BIGINT NOT NULL, same BIGINT NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY (a, b));
            CREATE INDEX IF NOT EXISTS report_links_b ON report_links (b);
            """, transaction: tx);
        Migrate(tx);
        tx.Commit();
    }

    protected override DbTransaction BeginWrite() => Connection.BeginTransaction();

    protected override void LockDocumentId(DbTransaction tx, string docId) =>
        Connection.Execute("SELECT pg_advisory_xact_lock(7417003, hashtext(@docId))", new { docId }, tx);

    protected override void LockNeighbourhood(DbTransaction tx, string country) =>
        Connection.Execute("SELECT pg_advisory_xact_lock(7417002, hashtext(@country))", new { country }, tx);

    protected override void IndexEvent(DbTransaction tx, long id, CodedEvent e) { }

    protected override void UnindexEvent(DbTransaction tx, long id) { }

    protected override string BboxCondition(EventQuery query) => "e.lat BETWEEN @minLat AND @maxLat AND e.lon BETWEEN @minLon AND @maxLon";

    protected override string InIds(string column) => $"{column} = ANY(@ids)";

    protected override string TextCondition => "e.search @@ plainto_tsquery('simple', @text)";
}
