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

    private static string Feed(params string[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Sahel Wire</title>" + string.Concat(items) + "</channel></rss>";

    private static string Item(string title, string link, string date, string text) =>
        $"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate><description>{text}</description></item>";

    [Fact]
    public void Items_on_another_port_or_scheme_of_the_feeds_host_are_not_fetched()
    {
        var web = new FakeWeb(new()
        {
            ["http://news.example.org/feed.xml"] = () => Ok(Feed(
                Item("Admin", "http://news.example.org:6379/", "Tue, 08 Mar 2022 10:00:00 GMT", "Gunmen killed two herders near Menaka on Tuesday."),
                Item("Files", "ftp://news.example.org/story", "Tue, 08 Mar 2022 10:00:00 GMT", "Soldiers clashed with militants near Gao on Monday."),
                Item("Gopher", "gopher://news.example.org/1", "Tue, 08 Mar 2022 10:00:00 GMT", "Protesters marched in Bamako on Friday."),
                Item("Upgraded", "https://news.example.org/mopti", "Tue, 08 Mar 2022 10:00:00 GMT", "Gunmen killed five civilians near Mopti on Tuesday.")), "application/rss+xml"),
            ["https://news.example.org/mopti"] = () => Ok("<html><body><article><p>Gunmen killed five civilians in an attack on a village near Mopti on Tuesday, officials said. The attackers fled on motorcycles.</p></article></body></html>", "text/html"),
        });
        using var fetcher = new WebFetcher(handler: web, retries: 0);
        var docs = new IngestSources(fetcher, ReadOptions.Default).Read(["http://news.example.org/feed.xml"]).ToList();
        web.Requested.ShouldBe(["http://news.example.org/feed.xml", "https://news.example.org/mopti"]);
        docs.Count.ShouldBe(4);
        docs.ShouldAllBe(d => d.IsSuccess);
        docs[0].Document!.Text.ShouldContain("herders near Menaka");
        docs[3].Document!.Text.ShouldContain("fled on motorcycles");
    }

    [Fact]
    public void Redirects_to_another_port_or_scheme_are_not_followed()
    {
        var web = new FakeWeb(new()
        {
            ["https://news.example.org/a"] = () => new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("https://news.example.org:8443/x") } },
            ["https://news.example.org/b"] = () => new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("file:///etc/passwd") } },
        });
        using var fetcher = new WebFetcher(handler: web, retries: 0);
        fetcher.FetchAsync(new Uri("https://news.example.org/a")).Result.Error!.ShouldContain("another host or port");
        fetcher.FetchAsync(new Uri("https://news.example.org/b")).Result.Error!.ShouldContain("not followed");
        fetcher.FetchAsync(new Uri("ftp://news.example.org/c")).Result.Error!.ShouldContain("not an http or https address");
        web.Requested.ShouldBe(["https://news.example.org/a", "https://news.example.org/b"]);
    }

    /// <summary>A body that sends a little and then nothing more, as a server that trickles does.</summary>
    private sealed class Trickle : Stream
    {
        private bool _sent;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
        {
            if (!_sent) { _sent = true; buffer.Span[0] = (byte)'<'; return 1; }
            await Task.Delay(Timeout.Infinite, ct);
            return 0;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_body_that_trickles_is_cut_off_at_the_deadline()
    {
        var web = new FakeWeb(new() { ["https://news.example.org/slow"] = () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new Trickle()) } });
        using var fetcher = new WebFetcher(timeout: TimeSpan.FromMilliseconds(200), handler: web, retries: 0);
        var (body, _, error) = fetcher.FetchAsync(new Uri("https://news.example.org/slow")).Result;
        body.ShouldBeNull();
        error!.ShouldContain("no whole answer");
    }

    [Fact]
    public void A_body_that_trickles_is_not_fetched_again_so_it_costs_one_deadline()
    {
        int asked = 0;
        var web = new FakeWeb(new() { ["https://news.example.org/slow"] = () => { asked++; return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new Trickle()) }; } });
        using var fetcher = new WebFetcher(timeout: TimeSpan.FromMilliseconds(200), handler: web, retries: 2);
        fetcher.FetchAsync(new Uri("https://news.example.org/slow")).Result.Error!.ShouldContain("no whole answer within");
        asked.ShouldBe(1);
    }

    [Fact]
    public void A_bad_date_drops_only_its_item()
    {
        var path = Path.Combine(_dir, "feed.rss");
        File.WriteAllText(path, Feed(
            Item("One", "https://news.example.org/1", "Tue, 08 Mar 2022 10:00:00 EST", "Gunmen killed two herders near Menaka on Tuesday."),
            Item("Two", "https://news.example.org/2", "the day before yesterday", "Soldiers clashed with militants near Gao on Monday."),
            Item("Three", "https://news.example.org/3", "Tue, 08 Mar 0001 10:00:00 GMT", "Police fired tear gas at protesters in Dakar."),
            Item("Four", "https://news.example.org/4", "2022-03-09T08:00:00+01:00", "Protesters marched in Bamako on Friday.")));
        using var fetcher = new WebFetcher(handler: new FakeWeb([]), retries: 0);
        var results = new IngestSources(fetcher, ReadOptions.Default).Read([path]).ToList();
        results.Count.ShouldBe(4);
        results[0].Document!.Published.ShouldBe(new DateOnly(2022, 3, 8));
        results[1].Error!.ToString().ShouldStartWith(path + ": invalid date: item 2");
        results[2].Error!.Code.ShouldBe(ErrorCode.InvalidDate);
        results[3].Document!.Published.ShouldBe(new DateOnly(2022, 3, 9));
    }

    [Fact]
    public void A_feed_that_breaks_off_keeps_the_items_before_the_break()
    {
        var path = Path.Combine(_dir, "feed.rss");
        File.WriteAllText(path, Feed(Item("One", "https://news.example.org/1", "Tue, 08 Mar 2022 10:00:00 GMT", "Gunmen killed two herders near Menaka on Tuesday."))[..^"</channel></rss>".Length] + "<item><title>Two</titl");
        using var fetcher = new WebFetcher(handler: new FakeWeb([]), retries: 0);
        var results = new IngestSources(fetcher, ReadOptions.Default).Read([path]).ToList();
        results.Count.ShouldBe(2);
        results[0].IsSuccess.ShouldBeTrue();
        results[1].Error!.Detail.ShouldContain("breaks off after item 1");
    }

    /// <summary>A feed of as many items as asked, made as it is read, that counts the bytes read from it.</summary>
    private sealed class EndlessFeed(int items) : Stream
    {
        private readonly IEnumerator<byte[]> _parts = Parts(items).GetEnumerator();
        private byte[] _current = [];
        private int _at;
        public long Served { get; private set; }

        private static IEnumerable<byte[]> Parts(int items)
        {
            yield return Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big Wire</title>");
            for (int i = 1; i <= items; i++)
                yield return Encoding.UTF8.GetBytes(Item($"Report {i}", $"https://news.example.org/{i}", "Tue, 08 Mar 2022 10:00:00 GMT",
                    $"Gunmen killed {i % 9 + 1} herders near Menaka on Tuesday, officials said, in the latest of many such attacks this year."));
            yield return Encoding.UTF8.GetBytes("</channel></rss>");
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_at == _current.Length)
            {
                if (!_parts.MoveNext()) return 0;
                _current = _parts.Current;
                _at = 0;
            }
            int n = Math.Min(count, _current.Length - _at);
            Array.Copy(_current, _at, buffer, offset, n);
            _at += n;
            Served += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_feed_of_a_hundred_thousand_items_is_read_one_item_at_a_time()
    {
        using var feed = new EndlessFeed(100_000);
        using var entries = FeedReader.ReadEntries(feed).GetEnumerator();
        entries.MoveNext().ShouldBeTrue();
        entries.Current.Item!.Title.ShouldBe("Report 1");
        // The first item comes after a few kilobytes of a feed of some twenty megabytes.
        feed.Served.ShouldBeLessThan(64 * 1024);
        int count = 1;
        while (entries.MoveNext()) { entries.Current.Item.ShouldNotBeNull(); count++; }
        count.ShouldBe(100_000);
        feed.Served.ShouldBeGreaterThan(20_000_000);
    }
}
