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
    [InlineData("/api/events?q=gao%00")]
    [InlineData("/api/events?actor=%01police")]
    [InlineData("/api/events?bbox=NaN,14,-3,15")]
    [InlineData("/api/events?bbox=-5,14,Infinity,15")]
    [InlineData("/api/events?from=0001-01-01")]
    [InlineData("/api/stats?to=9999-12-31")]
    [InlineData("/api/export.csv?q=%00")]
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
    [InlineData("{\"id\":\"p\",\"text\":\"  \"}", "missing-field", "missing field", "text")]
    [InlineData("{\"id\":\"p\",\"text\":\"Gunmen killed two.\",\"published\":\"last week\"}", "invalid-date", "invalid date", "published")]
    public async Task A_bad_posted_document_gets_the_problem_the_cli_would_name(string json, string slug, string title, string where)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _server.Url + "/api/documents") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", TestServer.ApiKey);
        var r = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("type").GetString().ShouldBe(Sitrep.Web.SitrepApi.ProblemBase + slug);
        body.GetProperty("title").GetString().ShouldBe(title);
        body.GetProperty("where").GetString().ShouldBe(where);
        body.GetProperty("detail").GetString()!.ShouldStartWith(where + ": ");
    }

    [Fact]
    public async Task A_bad_parameter_is_the_problem_the_cli_prints_as_one_line()
    {
        var r = await _http.GetAsync(_server.Url + "/api/events?limit=lots", TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var problem = Sitrep.Web.ApiQuery.Parse(new Sitrep.Web.EventFilterParameters { Limit = "lots" }).Error!;
        body.GetProperty("status").GetInt32().ShouldBe(400);
        body.GetProperty("where").GetString().ShouldBe("limit");
        body.GetProperty("detail").GetString().ShouldBe(problem.Message);
        problem.ToString().ShouldBe("limit: invalid parameter: 'lots' is not a number from 1 to 5000");
        body.GetProperty("title").GetString().ShouldBe("invalid parameter");
    }

    [Fact]
    public async Task An_analyst_merges_and_splits_events_behind_the_key()
    {
        var kenya = (await Get("/api/events?country=Kenya")).GetProperty("events")[0].GetProperty("event_id").GetString()!;
        var mali = (await Get("/api/events?country=Mali")).GetProperty("events")[0].GetProperty("event_id").GetString()!;
        HttpRequestMessage Correct(string path, object body, string? key = TestServer.ApiKey)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, _server.Url + path) { Content = JsonContent.Create(body) };
            if (key is not null) request.Headers.Add("X-Api-Key", key);
            return request;
        }
        var ct = TestContext.Current.CancellationToken;
        (await _http.SendAsync(Correct($"/api/events/{mali}/merge", new { with = kenya }, key: null), ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _http.SendAsync(Correct("/api/events/XXX999/merge", new { with = kenya }), ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var merged = await _http.SendAsync(Correct($"/api/events/{kenya}/merge", new { with = mali }), ct);
        merged.StatusCode.ShouldBe(HttpStatusCode.OK, await merged.Content.ReadAsStringAsync(ct));
        (await Get("/api/events")).GetProperty("total").GetInt64().ShouldBe(2);
        // The older event's id stays, and the absorbed one leads to it.
        (await Get("/api/events/" + kenya)).GetProperty("event").GetProperty("event_id").GetString().ShouldBe(mali);
        (await _http.SendAsync(Correct($"/api/events/{mali}/split", new { reports = Array.Empty<string>() }), ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var split = await _http.SendAsync(Correct($"/api/events/{mali}/split", new { reports = new[] { "kenya-1" } }), ct);
        split.StatusCode.ShouldBe(HttpStatusCode.OK, await split.Content.ReadAsStringAsync(ct));
        var ids = JsonDocument.Parse(await split.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("events");
        ids[0].GetString().ShouldBe(mali);
        ids[1].GetString()!.ShouldStartWith("KEN");
        (await Get("/api/events")).GetProperty("total").GetInt64().ShouldBe(3);
    }

    [Fact]
    public async Task Stats_exports_and_openapi_are_served()
    {
        var stats = await Get("/api/stats");
        stats.GetProperty("events").GetInt64().ShouldBe(3);
        stats.GetProperty("by_day").GetArrayLength().ShouldBeGreaterThan(0);
        var csv = await _http.GetStringAsync(_server.Url + "/api/export.csv", TestContext.Current.CancellationToken);
        csv.Split('\n')[0].ShouldStartWith("event_id_cnty,event_date,year");
        var geo = await Get("/api/export.geojson");
        geo.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        (await Get("/openapi/v1.json")).GetProperty("paths").TryGetProperty("/api/events", out _).ShouldBeTrue();
    }

    private HttpRequestMessage Post(HttpContent content, string? key = TestServer.ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, _server.Url + "/api/documents") { Content = content };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private static async Task<string> ProblemType(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetString()!;

    [Fact]
    public async Task A_filter_longer_than_any_needs_is_refused()
    {
        var r = await _http.GetAsync(_server.Url + "/api/events?q=" + new string('a', Sitrep.Web.ApiQuery.MaxValueLength + 1), TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_posted_date_outside_the_calendar_of_news_is_a_400(string published)
    {
        var json = $"{{\"id\":\"p\",\"text\":\"Gunmen killed two farmers near Gao on Friday.\",\"published\":\"{published}\"}}";
        var r = await _http.SendAsync(Post(new StringContent(json, System.Text.Encoding.UTF8, "application/json")), TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemType(r)).ShouldEndWith("invalid-date");
    }

    [Theory]
    [InlineData("{\"id\":\"p\",\"text\":\"Gunmen \\ud800 killed two.\"}")]
    [InlineData("{\"id\":\"p\",\"text\":")]
    [InlineData("[1,2]")]
    [InlineData("{\"id\":3,\"text\":\"Gunmen killed two.\"}")]
    public async Task A_posted_body_that_is_not_a_document_is_a_400(string json)
    {
        var r = await _http.SendAsync(Post(new StringContent(json, System.Text.Encoding.UTF8, "application/json")), TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await r.Content.ReadAsStringAsync());
        (await ProblemType(r)).ShouldEndWith("malformed-json");
    }

    [Theory]
    [InlineData("POST", "/api/documents", Sitrep.Web.BodyLimits.PostedDocument + 1)]
    [InlineData("GET", "/api/events", Sitrep.Web.BodyLimits.Other + 1)]
    public async Task A_body_declared_over_the_limit_is_refused_before_it_is_sent(string method, string path, long length)
    {
        // Only the headers go out: the answer comes without waiting for a byte of the body.
        var url = new Uri(_server.Url);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(url.Host, url.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        var head = $"{method} {path} HTTP/1.1\r\nHost: {url.Authority}\r\nX-Api-Key: {TestServer.ApiKey}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head), TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream);
        var status = await reader.ReadLineAsync(TestContext.Current.CancellationToken);
        status.ShouldStartWith("HTTP/1.1 413");
        var answer = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        answer.ShouldContain("input-too-large");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_cut_off_with_a_413()
    {
        var text = new string('x', (int)Sitrep.Web.BodyLimits.PostedDocument);
        var r = await _http.SendAsync(Post(new Chunked($"{{\"id\":\"big\",\"text\":\"{text}\"}}")), TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_key_is_checked_before_the_body_is_read()
    {
        // Read first, this body would be malformed JSON (400); unread, the missing key is all that is wrong.
        var r = await _http.SendAsync(Post(new Chunked("{\"id\": not json"), key: null), TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        r = await _http.SendAsync(Post(new Chunked("{\"id\": not json"), key: "wrong"), TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>A body sent without a Content-Length, as a client streaming it would.</summary>
    private sealed class Chunked(string body) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(body)).AsTask();

        protected override bool TryComputeLength(out long length) { length = 0; return false; }
    }
    [Fact]
    public async Task The_csv_export_writes_inter_labels_when_asked_and_stored_events_carry_their_timestamp()
    {
        static Dictionary<string, string> FirstRow(string csv)
        {
            using var reader = new CsvHelper.CsvReader(new StringReader(csv), System.Globalization.CultureInfo.InvariantCulture);
            reader.Read();
            reader.ReadHeader();
            reader.Read();
            return reader.HeaderRecord!.ToDictionary(h => h, h => reader.GetField(h)!);
        }
        var ct = TestContext.Current.CancellationToken;
        var codes = FirstRow(await _http.GetStringAsync(_server.Url + "/api/export.csv?type=Battles", ct));
        codes["inter1"].ShouldBe("8"); // the seed's battle: the G5 Sahel force, an external force
        long.Parse(codes["timestamp"]).ShouldBeGreaterThan(1_600_000_000);
        var labels = FirstRow(await _http.GetStringAsync(_server.Url + "/api/export.csv?type=Battles&inter_labels=true", ct));
        labels["inter1"].ShouldBe("External/Other forces");
        labels["interaction"].ShouldEndWith("-External/Other forces");
        (await _http.GetAsync(_server.Url + "/api/export.csv?inter_labels=maybe", ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task No_other_site_may_frame_the_dashboard()
    {
        var r = await _http.GetAsync(_server.Url + "/", TestContext.Current.CancellationToken);
        r.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task The_openapi_document_declares_every_filter_the_api_key_and_the_problems()
    {
        var doc = await Get("/openapi/v1.json");
        doc.GetProperty("info").GetProperty("title").GetString().ShouldBe("Sitrep");
        var events = doc.GetProperty("paths").GetProperty("/api/events").GetProperty("get");
        var names = events.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        names.ShouldBe(["from", "to", "country", "admin1", "type", "sub_type", "actor", "actor_kind", "min_fatalities", "bbox", "q", "limit", "offset", "after"], ignoreOrder: true);
        events.GetProperty("parameters").EnumerateArray().ShouldAllBe(p => p.GetProperty("description").GetString()!.Length > 0);
        var schemas = events.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
        string Type(string name) => schemas[name].GetProperty("type").ValueKind == JsonValueKind.Array
            ? string.Join("|", schemas[name].GetProperty("type").EnumerateArray().Select(t => t.GetString())) : schemas[name].GetProperty("type").GetString()!;
        foreach (var name in new[] { "limit", "offset", "min_fatalities", "actor_kind" }) Type(name).ShouldBe("integer", name);
        foreach (var name in new[] { "from", "to" }) (Type(name), schemas[name].GetProperty("format").GetString()).ShouldBe(("string", "date"), name);
        (schemas["limit"].GetProperty("minimum").GetInt32(), schemas["limit"].GetProperty("maximum").GetInt32()).ShouldBe((1, 5000));
        (schemas["actor_kind"].GetProperty("minimum").GetInt32(), schemas["actor_kind"].GetProperty("maximum").GetInt32()).ShouldBe((1, 8));
        System.Text.RegularExpressions.Regex.IsMatch("-5,14,-3.5,15", schemas["bbox"].GetProperty("pattern").GetString()!).ShouldBeTrue();
        System.Text.RegularExpressions.Regex.IsMatch("-5,14,-3", schemas["bbox"].GetProperty("pattern").GetString()!).ShouldBeFalse();
        foreach (var name in new[] { "country", "q", "after" }) Type(name).ShouldBe("string", name);
        var csv = doc.GetProperty("paths").GetProperty("/api/export.csv").GetProperty("get").GetProperty("parameters").EnumerateArray();
        csv.Single(p => p.GetProperty("name").GetString() == "inter_labels").GetProperty("schema").GetProperty("type").GetString().ShouldBe("boolean");
        csv.Single(p => p.GetProperty("name").GetString() == "limit").GetProperty("schema").GetProperty("type").GetString().ShouldBe("integer");
        events.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()).ShouldBe(("apiKey", "header", "X-Api-Key"));
        var post = doc.GetProperty("paths").GetProperty("/api/documents").GetProperty("post");
        post.GetProperty("security")[0].TryGetProperty("ApiKey", out _).ShouldBeTrue();
        post.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue();
        doc.GetProperty("paths").GetProperty("/api/events/{id}").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Keyset_pages_walk_every_event_once_and_say_how_their_total_was_had()
    {
        var whole = await Get("/api/events");
        whole.GetProperty("limit").GetInt32().ShouldBe(100);
        whole.GetProperty("total_is").GetString().ShouldBe("exact"); // one page holds them all: no count needed
        var all = whole.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()).ToList();
        all.Count.ShouldBe(3);

        var seen = new List<string?>();
        var first = await Get("/api/events?limit=2");
        first.GetProperty("total").GetInt64().ShouldBe(3);
        first.GetProperty("total_is").GetString().ShouldBe("counted");
        seen.AddRange(first.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()));
        var next = first.GetProperty("next_after").GetString();
        next.ShouldBe(seen[^1]);
        var second = await Get("/api/events?limit=2&after=" + next);
        second.GetProperty("total_is").GetString().ShouldBe("cached");
        second.GetProperty("total").GetInt64().ShouldBe(3);
        seen.AddRange(second.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()));
        second.GetProperty("next_after").ValueKind.ShouldBe(JsonValueKind.Null);
        seen.ShouldBe(all);

        var r = await _http.GetAsync(_server.Url + "/api/events?after=ZZZ999", TestContext.Current.CancellationToken);
        r.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Filters_by_fatalities_and_actor_kind()
    {
        var protests = await Get("/api/events?actor_kind=6");
        protests.GetProperty("events").EnumerateArray().ShouldAllBe(e => e.GetProperty("inter1").GetInt32() == 6 || e.GetProperty("inter2").GetInt32() == 6);
        protests.GetProperty("total").GetInt64().ShouldBe(1);
        var deadly = await Get("/api/events?min_fatalities=1");
        deadly.GetProperty("events").EnumerateArray().ShouldAllBe(e => e.GetProperty("fatalities").GetInt32() >= 1);
        deadly.GetProperty("total").GetInt64().ShouldBeInRange(1, 2);
        (await _http.GetAsync(_server.Url + "/api/events?actor_kind=9", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }


}
