using Microsoft.AspNetCore.Builder;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Web;

namespace Sitrep.Tests.Web;

/// <summary>A real server on a free loopback port over a fresh SQLite store holding the seed article and a few of the project's own reports.</summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-123";
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-web-").FullName;
    private readonly WebApplication _app;

    public string Url { get; }
    public string Db { get; }

    public TestServer()
    {
        Db = Path.Combine(_dir, "web.db");
        using (var store = SqliteEventStore.Open(Db))
        {
            var seed = new Document("sevare-2018-06-29", File.ReadAllText(TestResources.TestData("sevare-2018-06-29.txt")), new DateOnly(2018, 6, 29), "Attack on G5 Sahel headquarters", "https://example.org/seed", "Reuters");
            store.Ingest(seed, TestResources.Coder.Code(seed));
            var kenya = new Document("kenya-1", "Police fired tear gas to disperse protesters in Nairobi on Friday. <script>document.body.dataset.pwned='yes'</script>", new DateOnly(2018, 6, 29), null, null, "Nairobi Courier");
            store.Ingest(kenya, TestResources.Coder.Code(kenya));
        }
        _app = SitrepServer.Build(new SitrepServerOptions(Db, ApiKey, TestResources.DataDirectory), ["http://127.0.0.1:0"]);
        _app.StartAsync().GetAwaiter().GetResult();
        Url = _app.Urls.First().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }
}
