using Shouldly;
using Sitrep.Storage;
using Xunit;

namespace Sitrep.Tests.Storage;

public sealed class SqliteStoreTests : StoreContract
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-sqlite-").FullName;

    protected override IEventStore OpenStore() => SqliteEventStore.Open(Path.Combine(_dir, "test.db"));

    [Fact]
    public void An_events_timestamp_is_the_time_of_the_stores_clock()
    {
        var now = new DateTimeOffset(2024, 9, 17, 12, 30, 0, TimeSpan.Zero);
        using var store = SqliteEventStore.Open(Path.Combine(_dir, "clock.db"), new FixedClock(now));
        var d = Doc("clock-1", "Malian soldiers killed five militants near Mopti on Tuesday.", "2022-03-08", "Wire Service");
        store.Ingest(d, TestResources.Coder.Code(d));
        store.Query(EventQuery.All).Single().Timestamp.ShouldBe(now.ToUnixTimeSeconds());
    }

    /// <summary>A clock stopped at <paramref name="now"/>.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public override void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }
}
