using Dapper;
using Npgsql;
using Sitrep.Storage;

namespace Sitrep.Tests.Storage;

/// <summary>
/// The store contract on PostgreSQL. The test command (./test) starts a local server and sets
/// SITREP_TEST_PG; without it these tests fail rather than skip, so a missing database is never silent.
/// </summary>
public sealed class PostgresStoreTests : StoreContract
{
    private readonly string _database = "sitrep_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string Server => Environment.GetEnvironmentVariable("SITREP_TEST_PG")
        ?? throw new InvalidOperationException("SITREP_TEST_PG is not set: run the tests with ./test, which starts PostgreSQL, or point it at a server (postgres://user:pass@host/postgres).");

    protected override IEventStore OpenStore()
    {
        using (var admin = new NpgsqlConnection(PostgresEventStore.ToConnectionString(Server)))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {_database}");
        }
        return PostgresEventStore.Open(DatabaseTarget(_database));
    }

    public static string DatabaseTarget(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresEventStore.ToConnectionString(Server)) { Database = database, Pooling = false }.ToString();

    public override void Dispose()
    {
        Store.Dispose();
        using var admin = new NpgsqlConnection(PostgresEventStore.ToConnectionString(Server));
        admin.Open();
        admin.Execute($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }
}
