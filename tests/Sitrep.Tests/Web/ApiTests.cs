using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace Sitrep.Tests.Web;

public sealed class ApiTests : IAsyncLifetime
{
    private TestServer _server = null!;
    private readonly HttpClient _http = new();

    public ValueTask InitializeAsync() { _server = new TestServer(); return ValueTask.CompletedTask; }
    public async ValueTask DisposeAsync() { _http.Dispose(); await _server.DisposeAsync(); }

    private async Task<JsonElement> Get(string path)
    {
        var r = await _http.GetAsync(_server.Url + path, TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Lists_events_with_filters_and_paging()
    {
        (await Get("/api/events")).GetProperty("total").GetInt64().ShouldBe(3);
        (await Get("/api/events?country=Kenya")).GetProperty("total").GetInt64().ShouldBe(1);
        (await Get("/api/events?type=Battles")).GetProperty("events")[0].GetProperty("sub_event_type").GetString().ShouldBe("Armed clash");
        (await Get("/api/events?bbox=-5,14,-3,15")).GetProperty("total").GetInt64().ShouldBe(1);
        var page = await Get("/api/events?limit=1&offset=1");
        page.GetProperty("events").GetArrayLength().ShouldBe(1);
        page.GetProperty("total").GetInt64().ShouldBe(3);
    }

    [Fact]
    public async Task One_event_comes_with_its_sources_text_and_evidence()
    {
        var id = (await Get("/api/events?type=Suicide%20bomb")).GetProperty("events")[0].GetProperty("event_id").GetString();
        var detail = await Get("/api/events/" + id);
        var doc = detail.GetProperty("documents")[0];
        var text = doc.GetProperty("text").GetString()!;
        foreach (var ev in detail.GetProperty("event").GetProperty("evidence").EnumerateArray())
            text[ev.GetProperty("start").GetInt32()..ev.GetProperty("end").GetInt32()].ShouldBe(ev.GetProperty("text").GetString());
        (await _http.GetAsync(_server.Url + "/api/events/ev999999", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/events?from=yesterday")]
    [InlineData("/api/events?bbox=1,2,3")]
    [InlineData("/api/events?limit=0")]
    [InlineData("/api/stats?to=31-12-2020")]
    public async Task Bad_parameters_get_a_400_problem(string path)
    {
        var r = await _http.GetAsync(_server.Url + path, TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        r.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("type").GetString()!.ShouldEndWith("invalid-parameter");
    }

    [Fact]
    public async Task Posting_a_document_needs_the_key_and_codes_and_stores_it()
    {
        var doc = new { id = "post-1", text = "Gunmen killed three farmers near Gao on Friday.", published = "2018-06-30", source = "Test Wire" };
        (await _http.PostAsJsonAsync(_server.Url + "/api/documents", doc, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var request = new HttpRequestMessage(HttpMethod.Post, _server.Url + "/api/documents") { Content = JsonContent.Create(doc) };
        request.Headers.Add("X-Api-Key", TestServer.ApiKey);
        var r = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        (await Get("/api/events?q=farmers")).GetProperty("total").GetInt64().ShouldBe(1);
    }

    [Theory]
    [InlineData("{\"id\":\"p\",\"text\":\"  \"}", "missing-field", "missing field")]
    [InlineData("{\"id\":\"p\",\"text\":\"Gunmen killed two.\",\"published\":\"last week\"}", "invalid-date", "invalid date")]
    public async Task A_bad_posted_document_gets_the_problem_the_cli_would_name(string json, string slug, string title)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _server.Url + "/api/documents") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", TestServer.ApiKey);
        var r = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("type").GetString().ShouldBe(Sitrep.Web.SitrepApi.ProblemBase + slug);
        body.GetProperty("title").GetString().ShouldBe(title);
    }

    [Fact]
    public async Task Stats_exports_and_openapi_are_served()
    {
        var stats = await Get("/api/stats");
        stats.GetProperty("events").GetInt64().ShouldBe(3);
        stats.GetProperty("by_day").GetArrayLength().ShouldBeGreaterThan(0);
        var csv = await _http.GetStringAsync(_server.Url + "/api/export.csv", TestContext.Current.CancellationToken);
        csv.Split('\n')[0].ShouldStartWith("data_id,iso,event_id_cnty");
        var geo = await Get("/api/export.geojson");
        geo.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        (await Get("/openapi/v1.json")).GetProperty("paths").TryGetProperty("/api/events", out _).ShouldBeTrue();
    }
}
