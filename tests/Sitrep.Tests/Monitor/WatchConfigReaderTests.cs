using Shouldly;
using Sitrep.Monitor;
using Sitrep.Tests.Cli;
using Xunit;

namespace Sitrep.Tests.Monitor;

public sealed class WatchConfigReaderTests
{
    private const string Example = """
        sources:
          - name: Valley Courier
            url: https://news.example/feed.xml   # a feed
            country: Mali
            language: fr
            every: 15m
          - name: Plateau Bulletin
            url: https://bulletin.example/
            enabled: false
        alerts:
          - name: Mopti violence
            country: Mali
            admin1: Mopti
            types: [Explosions/Remote violence, Battles, attack]
            actors: [JNIM]
            min_fatalities: 1
            webhook: https://hooks.example/sitrep
          - name: Near the capital
            near: {lat: 12.65, lon: -8.0, km: 50}
            bbox: [-9, 12, -7, 13.5]
            file: alerts.jsonl
          - name: Everything
            stdout: true
        """;

    [Fact]
    public void Reads_sources_and_rules_with_their_conditions_and_targets()
    {
        var (config, error) = WatchConfigReader.Parse(Example, "sources.yml");
        error.ShouldBeNull();
        config!.Sources.Length.ShouldBe(2);
        config.Sources[0].ShouldSatisfyAllConditions(
            s => s.Name.ShouldBe("Valley Courier"),
            s => s.Every.ShouldBe(TimeSpan.FromMinutes(15)),
            s => s.Country.ShouldBe("Mali"),
            s => s.Language.ShouldBe("fr"),
            s => s.Line.ShouldBe(2));
        config.Enabled.Select(s => s.Name).ShouldBe(["Valley Courier"]);
        var mopti = config.Alerts[0];
        mopti.Types.ShouldBe(["Explosions/Remote violence", "Battles", "Attack"]);
        mopti.Actors.ShouldBe(["JNIM"]);
        mopti.MinFatalities.ShouldBe(1);
        mopti.Target.ShouldBe(AlertTarget.Webhook(new Uri("https://hooks.example/sitrep")));
        config.Alerts[1].Near.ShouldBe(new GeoCircle(12.65, -8.0, 50));
        config.Alerts[1].Bbox.ShouldBe(new GeoBox(-9, 12, -7, 13.5));
        config.Alerts[1].Target.ShouldBe(AlertTarget.File("alerts.jsonl"));
        config.Alerts[2].Target.ShouldBe(AlertTarget.Stdout);
    }

    [Theory]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/\n    evry: 5m\n", 4, "unknown key 'evry'")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/\n    every: fortnightly\n", 4, "every: 'fortnightly' is not an interval")]
    [InlineData("sources:\n  - name: A\n    url: ftp://a.example/feed\n", 3, "url: 'ftp://a.example/feed' is not an http(s) URL")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/\nalerts:\n  - name: R\n    types: [Skirmish]\n", 6, "types: 'Skirmish' is not one of ACLED's")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/\n  - name: a\n    url: https://b.example/\n", 4, "a second source named 'a'")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/\nalerts:\n  - name: R\n    stdout: true\n    file: x.jsonl\n", 7, "give one target")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/\nalerts:\n  - name: R\n    bbox: [10, 5, 2, 6]\n", 6, "bbox:")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/\nalerts:\n  - name: R\n    min_fatalities: -1\n", 6, "min_fatalities: '-1'")]
    [InlineData("sources:\n  - name: A\n    url: https://a.example/\nwatchers: 3\n", 4, "unknown key 'watchers'")]
    [InlineData("alerts: []\n", 1, "no 'sources:'")]
    [InlineData("sources:\n  - name: A\n    url: [https://a.example/\n", 4, "not valid YAML")]
    public void Refuses_a_bad_list_naming_the_line_and_the_problem(string yaml, int line, string problem)
    {
        var (config, error) = WatchConfigReader.Parse(yaml, "list.yml");
        config.ShouldBeNull();
        error!.File.ShouldBe("list.yml");
        error.Line.ShouldBe(line);
        error.Problem.ShouldContain(problem);
    }

    [Fact]
    public async Task The_watch_command_refuses_an_invalid_list_with_one_line_and_exit_64_before_fetching_anything()
    {
        await using var server = new LoopbackFeedServer();
        var dir = Directory.CreateTempSubdirectory("sitrep-watch-bad-").FullName;
        try
        {
            var list = Path.Combine(dir, "sources.yml");
            File.WriteAllText(list, $"sources:\n  - name: Good\n    url: {server.FeedUrl("good")}\n  - name: Bad\n    url: {server.FeedUrl("bad")}\n    every: 10 minutes\n");
            var r = CliRunner.Run("watch", list, "--db", Path.Combine(dir, "w.db"), "--once");
            r.ExitCode.ShouldBe(64);
            r.Stderr.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldBe($"sitrep: {list}:6: every: '10 minutes' is not an interval such as 90s, 15m, 1h or 1d");
            server.TotalRequests.ShouldBe(0);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public async Task A_source_in_a_language_without_a_pack_is_refused_with_its_line_before_anything_is_fetched()
    {
        await using var server = new LoopbackFeedServer();
        var dir = Directory.CreateTempSubdirectory("sitrep-watch-lang-").FullName;
        try
        {
            var list = Path.Combine(dir, "sources.yml");
            File.WriteAllText(list, $"sources:\n  - name: Good\n    url: {server.FeedUrl("good")}\n  - name: Klingon\n    url: {server.FeedUrl("k")}\n    language: tlh\n");
            var r = CliRunner.Run("watch", list, "--db", Path.Combine(dir, "w.db"), "--once");
            r.ExitCode.ShouldBe(64);
            r.Stderr.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldStartWith($"sitrep: {list}:4: language: no language pack for 'tlh'");
            server.TotalRequests.ShouldBe(0);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public async Task A_source_in_a_country_the_gazetteer_cannot_name_is_refused_with_its_line_before_anything_is_fetched()
    {
        await using var server = new LoopbackFeedServer();
        var dir = Directory.CreateTempSubdirectory("sitrep-watch-country-").FullName;
        try
        {
            var list = Path.Combine(dir, "sources.yml");
            File.WriteAllText(list, $"sources:\n  - name: Good\n    url: {server.FeedUrl("good")}\n    country: Mali\n  - name: Lost\n    url: {server.FeedUrl("l")}\n    country: Atlantis\n");
            var r = CliRunner.Run("watch", list, "--db", Path.Combine(dir, "w.db"), "--once");
            r.ExitCode.ShouldBe(64);
            r.Stderr.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldStartWith($"sitrep: {list}:5: country: 'Atlantis' is no country the gazetteer knows");
            server.TotalRequests.ShouldBe(0);
        }
        finally { Directory.Delete(dir, true); }
    }
}
