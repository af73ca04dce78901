using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

public sealed class SqliteStoreTests : StoreContract
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-sqlite-").FullName;

    protected override IEventStore OpenStore() => SqliteEventStore.Open(Path.Combine(_dir, "test.db"));

    public override void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }
}
