using Dapper;
using Microsoft.Data.Sqlite;
using Shouldly;
using Sitrep.Storage;
using Xunit;

namespace Sitrep.Tests.Storage;

/// <summary>A store file written by an earlier version opens, keeps its events and gives them ACLED-style ids.</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-migrate-").FullName;

    [Fact]
    public void An_earlier_store_gets_acled_style_ids_and_its_old_ids_still_lead_to_the_events()
    {
        var path = Path.Combine(_dir, "old.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            // The tables as versions before ACLED-style ids made them, with one event in them.
            old.Execute("""
                CREATE TABLE documents (id INTEGER PRIMARY KEY, doc_key TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, url TEXT, outlet TEXT,
                    published TEXT, title TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
                CREATE TABLE events (id INTEGER PRIMARY KEY, event_date TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT, event_type TEXT, sub_event_type TEXT,
                    actor1 TEXT, actor2 TEXT, location TEXT, fatalities INTEGER, lat REAL, lon REAL, notes TEXT, sources INTEGER, json TEXT NOT NULL);
                CREATE TABLE reports (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents (id), ordinal INTEGER NOT NULL,
                    event_id INTEGER, event_date TEXT NOT NULL, time_precision INTEGER NOT NULL, country TEXT NOT NULL, lat REAL, lon REAL, geo_precision INTEGER NOT NULL,
                    json TEXT NOT NULL, UNIQUE (document_id, ordinal));
                INSERT INTO events (id, event_date, country, event_type, json) VALUES (7, '2022-03-08', 'Mali', 'Protests',
                    '{"event_id":"ev7","doc_id":"d","event_date":"2022-03-08","disorder_type":"Demonstrations","event_type":"Protests","sub_event_type":"Peaceful protest","actor1":"Protesters (Mali)","iso3":"MLI","country":"Mali"}');
                """);
        }
        using (var store = SqliteEventStore.Open(path))
        {
            var e = store.Query(EventQuery.All).ShouldHaveSingleItem();
            e.EventId.ShouldBe("MLI1");
            store.Get("ev7")!.EventId.ShouldBe("MLI1");
        }
        using (var again = SqliteEventStore.Open(path))
            again.Get("MLI1")!.Country.ShouldBe("Mali");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }
}
