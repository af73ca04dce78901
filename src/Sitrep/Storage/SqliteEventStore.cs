using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// The default store: one SQLite file in WAL mode. Each document commits atomically, so a process
/// killed mid-ingest leaves only whole documents behind. Bounding boxes go through an R*Tree and text
/// search through FTS5.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private SqliteEventStore(SqliteConnection connection, TimeProvider? clock) : base(connection, clock) { }

    public static SqliteEventStore Open(string path, TimeProvider? clock = null) => Open(path, createSchema: true, pooling: false, clock);

    /// <summary>Opens a store; a server opening one per request skips the schema check and pools the connections.</summary>
    public static SqliteEventStore Open(string path, bool createSchema, bool pooling, TimeProvider? clock = null)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = pooling }.ToString());
        connection.Open();
        // WAL lets readers (the dashboard) work while an ingest writes; NORMAL sync is durable against a process crash.
        connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;");
        var store = new SqliteEventStore(connection, clock);
        if (createSchema) store.CreateSchema();
        return store;
    }

    protected override void CreateSchema()
    {
        Connection.Execute("""
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY, doc_key TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, url TEXT, outlet TEXT,
            published TEXT, title TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
        CREATE TABLE IF NOT EXISTS events (
            id INTEGER PRIMARY KEY, code TEXT, event_date TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT, event_type TEXT, sub_event_type TEXT,
            actor1 TEXT, actor2 TEXT, location TEXT, fatalities INTEGER, lat REAL, lon REAL, notes TEXT, sources INTEGER, json TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
        CREATE INDEX IF NOT EXISTS events_type_date ON events (event_type, event_date);
        CREATE INDEX IF NOT EXISTS events_subtype_date ON events (sub_event_type, event_date);
        CREATE INDEX IF NOT EXISTS events_country_date ON events (country, event_date);
        CREATE TABLE IF NOT EXISTS reports (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents (id), ordinal INTEGER NOT NULL,
            event_id INTEGER, event_date TEXT NOT NULL, time_precision INTEGER NOT NULL, country TEXT NOT NULL, lat REAL, lon REAL, geo_precision INTEGER NOT NULL,
            json TEXT NOT NULL, features TEXT, UNIQUE (document_id, ordinal));
        CREATE INDEX IF NOT EXISTS reports_neighbourhood ON reports (country, event_date);
        CREATE INDEX IF NOT EXISTS reports_event ON reports (event_id);
        CREATE TABLE IF NOT EXISTS report_links (a INTEGER NOT NULL, b INTEGER NOT NULL, same INTEGER NOT NULL, decided_at TEXT NOT NULL, PRIMARY KEY (a, b));
        CREATE INDEX IF NOT EXISTS report_links_b ON report_links (b);
        CREATE TABLE IF NOT EXISTS event_numbers (iso3 TEXT PRIMARY KEY, last INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS event_aliases (code TEXT PRIMARY KEY, event_code TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS event_aliases_event ON event_aliases (event_code);
        CREATE VIRTUAL TABLE IF NOT EXISTS events_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);
        CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5 (notes, actors, place, tokenize = 'unicode61 remove_diacritics 2');
        """);
        using var tx = BeginWrite();
        // A store written by an earlier version lacks the columns added since.
        if (!Connection.Query<string>("SELECT name FROM pragma_table_info('events')", transaction: tx).Contains("code"))
            Connection.Execute("ALTER TABLE events ADD COLUMN code TEXT", transaction: tx);
        if (!Connection.Query<string>("SELECT name FROM pragma_table_info('reports')", transaction: tx).Contains("features"))
            Connection.Execute("ALTER TABLE reports ADD COLUMN features TEXT", transaction: tx);
        Migrate(tx);
        tx.Commit();
    }

    protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    // SQLite has one writer at a time; the immediate transaction is the lock.
    protected override void LockNeighbourhood(DbTransaction tx, string country) { }

    protected override void IndexEvent(DbTransaction tx, long id, CodedEvent e)
    {
        if (e.Latitude is double lat && e.Longitude is double lon)
            Connection.Execute("INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (@id, @lon, @lon, @lat, @lat)", new { id, lon, lat }, tx);
        Connection.Execute("INSERT INTO events_fts (rowid, notes, actors, place) VALUES (@id, @notes, @actors, @place)",
            new { id, notes = e.Notes, actors = $"{e.Actor1} {e.AssocActor1} {e.Actor2} {e.AssocActor2}", place = $"{e.Location} {e.Admin2} {e.Admin1} {e.Country}" }, tx);
    }

    protected override void UnindexEvent(DbTransaction tx, long id)
    {
        Connection.Execute("DELETE FROM events_rtree WHERE id = @id", new { id }, tx);
        Connection.Execute("DELETE FROM events_fts WHERE rowid = @id", new { id }, tx);
    }

    // With a date range the (type, date) index finds few rows and the box is checked on each; without
    // one the R*Tree finds the box's events.
    protected override string BboxCondition(EventQuery query) => query.From is not null || query.To is not null
        ? "e.lat BETWEEN @minLat AND @maxLat AND e.lon BETWEEN @minLon AND @maxLon"
        : "e.id IN (SELECT id FROM events_rtree WHERE min_lon >= @minLon AND max_lon <= @maxLon AND min_lat >= @minLat AND max_lat <= @maxLat)";

    protected override string TextCondition => "e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @text)";

    /// <summary>Each word must appear (FTS5's implicit AND); quoting every word keeps user text from being read as query syntax.</summary>
    protected override string TextArgument(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"") + "\""));
}
