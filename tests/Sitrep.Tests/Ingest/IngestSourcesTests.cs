using System.Net;
using System.Text;
using Shouldly;
using Sitrep.Documents;
using Sitrep.Ingest;
using Xunit;

namespace Sitrep.Tests.Ingest;

public sealed class IngestSourcesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-feed-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>A web the test writes: URL → (status, body, headers). No request leaves the process.</summary>
    private sealed class FakeWeb(Dictionary<string, Func<HttpResponseMessage>> pages) : HttpMessageHandler
    {
        public List<string> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Requested.Add(request.RequestUri!.ToString());
            return Task.FromResult(pages.TryGetValue(request.RequestUri!.ToString(), out var page) ? page() : new HttpResponseMessage(HttpStatusCode.NotFound));
        }
    }

    private static HttpResponseMessage Ok(string body, string type) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, type) };

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Sahel Wire</title><link>https://news.example.org/</link>
          <item><title>Attack near Mopti</title><link>https://news.example.org/mopti</link><pubDate>Tue, 08 Mar 2022 10:00:00 GMT</pubDate>
            <description>Gunmen killed five civilians near Mopti on Tuesday.</description></item>
          <item><title>Elsewhere</title><link>https://other.example.com/story</link><pubDate>Tue, 08 Mar 2022 11:00:00 GMT</pubDate>
            <description>Soldiers clashed with militants near Gao on Monday, the army said.</description></item>
        </channel></rss>
        """;

    [Fact]
    public void A_feed_url_fetches_its_items_pages_on_the_same_host_only()
    {
        var web = new FakeWeb(new()
        {
            ["https://news.example.org/feed.xml"] = () => Ok(Rss, "application/rss+xml"),
            ["https://news.example.org/mopti"] = () => Ok("<html><body><article><h1>Attack near Mopti</h1><p>Gunmen killed five civilians in an attack on a village near Mopti on Tuesday, officials said. The attackers fled on motorcycles.</p><p>Residents buried the dead on Wednesday.</p></article></body></html>", "text/html"),
        });
        using var fetcher = new WebFetcher(handler: web, retries: 0);
        var docs = new IngestSources(fetcher, ReadOptions.Default).Read(["https://news.example.org/feed.xml"]).ToList();
        docs.Count.ShouldBe(2);
        docs[0].Document!.Text.ShouldContain("The attackers fled on motorcycles");
        docs[0].Document!.Published.ShouldBe(new DateOnly(2022, 3, 8));
        docs[0].Document!.Url.ShouldBe("https://news.example.org/mopti");
        // The other host's page is not fetched; the feed's own summary stands in.
        web.Requested.ShouldNotContain("https://other.example.com/story");
        docs[1].Document!.Text.ShouldContain("Soldiers clashed with militants near Gao");
    }

    [Fact]
    public void A_feed_file_is_read_without_the_network()
    {
        var path = Path.Combine(_dir, "feed.rss");
        File.WriteAllText(path, Rss);
        using var fetcher = new WebFetcher(handler: new FakeWeb([]), retries: 0);
        var docs = new IngestSources(fetcher, ReadOptions.Default).Read([path]).ToList();
        docs.Select(d => d.Document!.Source).ShouldAllBe(s => s == "Sahel Wire");
    }

    [Fact]
    public void Redirects_to_another_host_are_not_followed()
    {
        var web = new FakeWeb(new()
        {
            ["https://news.example.org/a"] = () => new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("https://tracker.example.net/x") } },
        });
        using var fetcher = new WebFetcher(handler: web, retries: 0);
        var (body, _, error) = fetcher.FetchAsync(new Uri("https://news.example.org/a")).Result;
        body.ShouldBeNull();
        error!.ShouldContain("another host");
        web.Requested.ShouldNotContain("https://tracker.example.net/x");
    }

    [Fact]
    public void Oversized_pages_are_refused_and_server_errors_retried()
    {
        int calls = 0;
        var web = new FakeWeb(new()
        {
            ["https://news.example.org/big"] = () => Ok(new string('x', 5000), "text/html"),
            ["https://news.example.org/flaky"] = () => ++calls < 2 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : Ok("<p>Protesters marched in Bamako on Friday.</p>", "text/html"),
        });
        using var fetcher = new WebFetcher(handler: web, maxBytes: 1000, retries: 2);
        fetcher.FetchAsync(new Uri("https://news.example.org/big")).Result.Error!.ShouldContain("larger than");
        fetcher.FetchAsync(new Uri("https://news.example.org/flaky")).Result.Body.ShouldNotBeNull();
        calls.ShouldBe(2);
    }
}
