using System.Net;
using System.Text.Json;
using Shouldly;
using Sitrep.Monitor;
using Sitrep.Tests.Monitor;
using Sitrep.Web;
using Xunit;

namespace Sitrep.Tests.Web;

/// <summary><c>serve --watch</c>: the server polls a loopback news site in the background and lists the alerts and the sources' health it records.</summary>
public sealed class MonitorApiTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-serve-watch-").FullName;
    private readonly LoopbackFeedServer _web = new();
    private readonly HttpClient _http = new();
    private Microsoft.AspNetCore.Builder.WebApplication _app = null!;
    private string _url = "";

    public async ValueTask InitializeAsync()
    {
        _web.Add("wire", MonitorCorpus.Killing("k1", 0, 3));
        _web.Add("wire", MonitorCorpus.March("m1", 1));
        var list = Path.Combine(_dir, "sources.yml");
        File.WriteAllText(list, $"sources:\n  - name: Wire\n    url: {_web.FeedUrl("wire")}\n  - name: Down\n    url: {_web.FeedUrl("down")}\n" +
                                $"alerts:\n  - name: Killings\n    types: [Attack]\n    webhook: {_web.HookUrl("k")}\n");
        _web.Broken["down"] = true;
        var (config, error) = WatchConfigReader.Read(list);
        error.ShouldBeNull();
        _app = SitrepServer.Build(new SitrepServerOptions(Path.Combine(_dir, "serve.db"), null, TestResources.DataDirectory, Watch: config), ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        _url = _app.Urls.First().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _web.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private async Task<JsonElement> Get(string path)
    {
        var r = await _http.GetAsync(_url + path, TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_server_watches_in_the_background_and_lists_alerts_and_source_health()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        JsonElement alerts;
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            alerts = await Get("/api/alerts");
        } while ((alerts.GetArrayLength() == 0 || alerts[0].GetProperty("status").GetString() == "pending") && clock.Elapsed < TimeSpan.FromSeconds(40));

        var alert = alerts.EnumerateArray().ShouldHaveSingleItem();
        alert.GetProperty("rule").GetString().ShouldBe("Killings");
        alert.GetProperty("status").GetString().ShouldBe("delivered");
        alert.GetProperty("payload").GetProperty("event").GetProperty("fatalities").GetInt32().ShouldBe(3);
        _web.HookPosts.ShouldHaveSingleItem();
        (await Get("/api/events")).GetProperty("total").GetInt64().ShouldBe(2);

        var sources = (await Get("/api/sources")).EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        sources["Wire"].GetProperty("items_seen").GetInt64().ShouldBe(2);
        sources["Wire"].GetProperty("failures").GetInt32().ShouldBe(0);
        sources["Down"].GetProperty("failures").GetInt32().ShouldBe(1);
        sources["Down"].GetProperty("last_error").GetString()!.ShouldContain("500");
    }

    [Theory]
    [InlineData("/api/alerts?limit=0")]
    [InlineData("/api/alerts?limit=many")]
    public async Task A_bad_limit_gets_a_400_problem(string path)
    {
        var r = await _http.GetAsync(_url + path, TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!.ShouldContain("limit");
    }
}
