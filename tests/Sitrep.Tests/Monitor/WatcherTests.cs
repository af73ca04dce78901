using System.Text.Json;
using Shouldly;
using Sitrep.Ingest;
using Sitrep.Monitor;
using Sitrep.Storage;
using Xunit;

namespace Sitrep.Tests.Monitor;

/// <summary>One watcher in process over a SQLite store, polling a news site and posting to a webhook that the test serves on loopback.</summary>
public sealed class WatcherTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-watch-").FullName;
    private readonly LoopbackFeedServer _web = new();
    private string Db => Path.Combine(_dir, "watch.db");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _web.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private WatchConfig Config(string yaml)
    {
        var (config, error) = WatchConfigReader.Parse(yaml, Path.Combine(_dir, "sources.yml"));
        error.ShouldBeNull();
        return config!;
    }

    private async Task RunOnce(WatchConfig config, DeliveryOptions? delivery = null, TextWriter? stdout = null)
    {
        using var store = SqliteEventStore.Open(Db);
        using var monitor = MonitorStore.Open(Db);
        using var fetcher = new WebFetcher(retries: 0);
        var options = new WatchOptions("test-worker", TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(50));
        var dispatcher = new AlertDispatcher(monitor, options.Worker, stdout ?? TextWriter.Null, _dir, options.LeaseFor,
            delivery ?? new DeliveryOptions(Retries: 3, FirstDelay: TimeSpan.FromMilliseconds(20)));
        await new Watcher(config, store, monitor, TestResources.Coder, new SourcePoller(fetcher), dispatcher, options).RunOnceAsync();
        await dispatcher.DrainAsync();
        await dispatcher.DisposeAsync();
    }

    private IReadOnlyList<StoredAlert> Alerts()
    {
        using var monitor = MonitorStore.Open(Db);
        return monitor.Alerts();
    }

    private SourceHealth Health(string name)
    {
        using var monitor = MonitorStore.Open(Db);
        return monitor.Sources().Single(s => s.Name == name);
    }

    private IReadOnlyList<Sitrep.Events.CodedEvent> Events()
    {
        using var store = SqliteEventStore.Open(Db);
        return store.Query(EventQuery.All);
    }

    [Fact]
    public async Task A_sources_country_is_the_hint_for_an_item_that_names_none()
    {
        // Koro is a town in Mali and in Venezuela, among others; the report names no country, its source covers Mali.
        _web.Add("mali", new("koro", "Gunmen kill three in Koro",
            "Gunmen killed three civilians in an attack on a market in Koro on 4 March 2025, officials said.", new DateOnly(2025, 3, 5)));
        await RunOnce(Config($"""
            sources:
              - name: Mali press
                url: {_web.FeedUrl("mali")}
                country: Mali
                every: 10m
            """));
        Events().ShouldHaveSingleItem().Country.ShouldBe("Mali");
    }

    [Fact]
    public async Task Once_codes_every_item_records_the_sources_health_and_fires_each_matching_rule()
    {
        _web.Add("wire", MonitorCorpus.Killing("k1", 0, 4));
        _web.Add("wire", MonitorCorpus.Killing("k2", 1, 2));
        _web.Add("wire", MonitorCorpus.March("m1", 2));
        var config = Config($"""
            sources:
              - name: Wire
                url: {_web.FeedUrl("wire")}
                every: 10m
            alerts:
              - name: Killings in Mali
                country: Mali
                types: [Violence against civilians]
                min_fatalities: 1
                webhook: {_web.HookUrl("killings")}
              - name: Marches
                types: [Peaceful protest]
                file: marches.jsonl
            """);
        await RunOnce(config);

        Events().Count.ShouldBe(3);
        var alerts = Alerts();
        alerts.Count(a => a.Rule == "Killings in Mali").ShouldBe(2);
        alerts.Count(a => a.Rule == "Marches").ShouldBe(1);
        alerts.ShouldAllBe(a => a.Status == "delivered" && a.Attempts == 1);
        var posts = _web.HookPosts.Where(p => p.Hook == "killings").Select(p => JsonDocument.Parse(p.Body).RootElement).ToList();
        posts.Count.ShouldBe(2);
        foreach (var post in posts)
        {
            post.GetProperty("rule").GetString().ShouldBe("Killings in Mali");
            post.GetProperty("event").GetProperty("event_type").GetString().ShouldBe("Violence against civilians");
            post.GetProperty("evidence").EnumerateArray().ShouldContain(e => e.GetProperty("field").GetString() == "fatalities");
            post.GetProperty("sources").EnumerateArray().Single().GetProperty("url").GetString()!.ShouldStartWith(_web.Url + "/articles/k");
        }
        var line = File.ReadAllLines(Path.Combine(_dir, "marches.jsonl")).ShouldHaveSingleItem();
        JsonDocument.Parse(line).RootElement.GetProperty("summary").GetString()!.ShouldContain("Peaceful protest");
        var health = Health("Wire");
        health.ShouldSatisfyAllConditions(
            h => h.LastSuccess.ShouldNotBeNull(),
            h => h.LastError.ShouldBeNull(),
            h => h.ItemsSeen.ShouldBe(3),
            h => h.EventsFound.ShouldBe(3),
            h => h.Failures.ShouldBe(0),
            h => h.LeaseOwner.ShouldBeNull());
    }

    [Fact]
    public async Task A_later_run_sends_a_conditional_get_and_fetches_and_codes_only_new_items()
    {
        _web.Add("wire", MonitorCorpus.Killing("k1", 0, 4));
        _web.Add("wire", MonitorCorpus.March("m1", 1));
        var config = Config($"sources:\n  - name: Wire\n    url: {_web.FeedUrl("wire")}\n    every: 10m\nalerts:\n  - name: All\n    webhook: {_web.HookUrl("all")}\n");
        await RunOnce(config);
        _web.ArticleRequests.ShouldBe(2);

        await RunOnce(config); // a restart: the feed answers 304, nothing is fetched again
        _web.ArticleRequests.ShouldBe(2);
        _web.Requests("/feeds/wire.xml").ShouldBe(2);

        _web.Add("wire", MonitorCorpus.Killing("k2", 2, 3));
        await RunOnce(config);
        _web.Requests("/articles/k2.html").ShouldBe(1);
        _web.ArticleRequests.ShouldBe(3);
        Events().Count.ShouldBe(3);
        Health("Wire").ItemsSeen.ShouldBe(3);
        Alerts().Count.ShouldBe(3);
        _web.HookPosts.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_rule_fires_once_when_a_later_report_merges_a_toll_into_an_event()
    {
        var first = new LoopbackFeedServer.Article("gao-1", "Market attacked in Gao", "Gunmen attacked civilians at the Dounde market in Gao on 3 March 2025, mayor Moussa Maiga said.", new DateOnly(2025, 3, 4));
        var second = new LoopbackFeedServer.Article("gao-2", "Four killed in Gao", "Gunmen killed 4 civilians in an attack on the Dounde market in Gao on 3 March 2025, said mayor Moussa Maiga.", new DateOnly(2025, 3, 4));
        _web.Add("wire", first);
        var config = Config($"""
            sources:
              - name: Wire
                url: {_web.FeedUrl("wire")}
              - name: Local
                url: {_web.FeedUrl("local")}
            alerts:
              - name: Deadly attacks
                types: [Attack]
                min_fatalities: 1
                webhook: {_web.HookUrl("deadly")}
            """);
        await RunOnce(config);
        Events().ShouldHaveSingleItem().Fatalities.ShouldBe(0);
        Alerts().ShouldBeEmpty();

        _web.Add("local", second);
        await RunOnce(config);
        var merged = Events().ShouldHaveSingleItem();
        merged.Sources.Length.ShouldBe(2);
        var alert = Alerts().ShouldHaveSingleItem();
        alert.EventId.ShouldBe(merged.EventId);
        JsonDocument.Parse(_web.HookPosts.ShouldHaveSingleItem().Body).RootElement.GetProperty("sources").GetArrayLength().ShouldBe(2);

        _web.Add("local", MonitorCorpus.Killing("k9", 3, 5)); // a new event fires; the merged one does not again
        await RunOnce(config);
        Alerts().Count.ShouldBe(2);
        Alerts().Count(a => a.EventId == merged.EventId).ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_webhook_is_retried_with_each_attempt_recorded_and_never_holds_up_coding()
    {
        _web.Add("wire", MonitorCorpus.Killing("k1", 0, 4));
        _web.Add("other", MonitorCorpus.Killing("k2", 1, 3));
        _web.FailHook("flaky", 2);
        _web.FailHook("down", -1);
        var config = Config($"""
            sources:
              - name: Wire
                url: {_web.FeedUrl("wire")}
              - name: Other
                url: {_web.FeedUrl("other")}
            alerts:
              - name: Flaky
                webhook: {_web.HookUrl("flaky")}
              - name: Down
                webhook: {_web.HookUrl("down")}
            """);
        await RunOnce(config, new DeliveryOptions(Retries: 3, FirstDelay: TimeSpan.FromMilliseconds(20)));

        Events().Count.ShouldBe(2);
        var alerts = Alerts();
        alerts.Where(a => a.Rule == "Flaky").ShouldAllBe(a => a.Status == "delivered");
        // Two 503s are shared by the first two tries of this rule's deliveries.
        alerts.Where(a => a.Rule == "Flaky").Sum(a => a.Attempts).ShouldBe(4);
        alerts.Where(a => a.Rule == "Down").ShouldAllBe(a => a.Status == "failed" && a.Attempts == 4 && a.LastError!.Contains("503"));
        _web.HookPosts.Count(p => p.Hook == "flaky").ShouldBe(2);
        Health("Wire").ItemsSeen.ShouldBe(1);
        Health("Other").ItemsSeen.ShouldBe(1);
    }

    [Fact]
    public async Task A_broken_source_is_recorded_backs_off_and_never_stops_the_others()
    {
        _web.Add("good", MonitorCorpus.Killing("k1", 0, 4));
        _web.Broken["broken"] = true;
        var config = Config($"""
            sources:
              - name: Broken
                url: {_web.FeedUrl("broken")}
                every: 1m
              - name: Good
                url: {_web.FeedUrl("good")}
                every: 1m
              - name: Nowhere
                url: http://127.0.0.1:9/feed.xml
                every: 1m
            """);
        await RunOnce(config);

        Events().Count.ShouldBe(1);
        Health("Good").LastSuccess.ShouldNotBeNull();
        foreach (var name in new[] { "Broken", "Nowhere" })
        {
            var h = Health(name);
            h.LastSuccess.ShouldBeNull();
            h.Failures.ShouldBe(1);
            h.LastError.ShouldNotBeNullOrEmpty();
            (h.NextPoll!.Value - h.LastPolled!.Value).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(2));
        }
        Health("Broken").LastError!.ShouldContain("500");
    }

    [Fact]
    public async Task Items_on_another_host_are_not_fetched_and_are_coded_from_the_feeds_own_text()
    {
        var port = new Uri(_web.Url).Port;
        var elsewhere = MonitorCorpus.Killing("far", 0, 6) with { LinkBase = $"http://localhost:{port}" };
        _web.Add("wire", elsewhere);
        await RunOnce(Config($"sources:\n  - name: Wire\n    url: {_web.FeedUrl("wire")}\n"));

        _web.Requests("/articles/far.html").ShouldBe(0);
        var e = Events().ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(6);
        e.Sources.ShouldHaveSingleItem().Url.ShouldBe($"http://localhost:{port}/articles/far.html");
    }

    [Fact]
    public async Task A_page_source_has_the_articles_it_links_on_its_own_host_coded()
    {
        _web.Add("front", MonitorCorpus.Killing("p1", 0, 4));
        _web.Add("front", MonitorCorpus.March("p2", 1));
        await RunOnce(Config($"sources:\n  - name: Front page\n    url: {_web.FrontUrl("front")}\n"));

        _web.Requests("/articles/p1.html").ShouldBe(1);
        _web.Requests("/articles/p2.html").ShouldBe(1);
        _web.Requests("/style.css").ShouldBe(0);
        Events().Select(e => e.SubEventType).Order().ShouldBe(["Attack", "Peaceful protest"]);
        Health("Front page").ItemsSeen.ShouldBe(2);
    }

    [Fact]
    public async Task An_item_stored_by_a_worker_that_died_before_marking_it_fires_its_alerts_when_polled_again()
    {
        _web.Add("wire", MonitorCorpus.Killing("k1", 0, 4));
        var source = $"sources:\n  - name: Wire\n    url: {_web.FeedUrl("wire")}\n";
        await RunOnce(Config(source)); // stored, but as if killed before its alerts: no rules yet
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            c.Open();
            using var forget = c.CreateCommand();
            forget.CommandText = "DELETE FROM watch_items; UPDATE watch_sources SET etag = NULL, last_modified = NULL";
            forget.ExecuteNonQuery();
        }

        await RunOnce(Config(source + $"alerts:\n  - name: Killings\n    types: [Attack]\n    webhook: {_web.HookUrl("k")}\n"));

        var e = Events().ShouldHaveSingleItem();
        Alerts().ShouldHaveSingleItem().EventId.ShouldBe(e.EventId);
        _web.HookPosts.ShouldHaveSingleItem();
        Health("Wire").ItemsSeen.ShouldBe(2);
    }
}
