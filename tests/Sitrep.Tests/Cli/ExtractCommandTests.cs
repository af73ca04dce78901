using System.Text;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace Sitrep.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void The_seed_article_comes_out_as_two_jsonl_events_with_doc_ids()
    {
        var r = CliRunner.Run("extract", TestResources.TestData("sevare-2018-06-29.txt"), "--published", "2018-06-29", "--format", "jsonl");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        first.GetProperty("doc_id").GetString().ShouldBe("sevare-2018-06-29");
        first.GetProperty("sub_event_type").GetString().ShouldBe("Suicide bomb");
        first.GetProperty("event_date").GetString().ShouldBe("2018-06-29");
    }

    [Fact]
    public void A_batch_with_broken_inputs_codes_the_rest_and_reports_each_break_on_one_line()
    {
        var good = File("good.txt", Encoding.UTF8.GetBytes("Gunmen killed three farmers near Gao on Friday."));
        var empty = File("empty.txt", []);
        var binary = File("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3]);
        var latin1 = File("latin1.txt", Encoding.Latin1.GetBytes("Des manifestants ont défilé à Bamako."));
        var big = File("big.txt", Encoding.UTF8.GetBytes(new string('x', 50 * 1024 * 1024)));
        var jsonl = File("docs.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\":\"j1\",\"text\":\"Police fired tear gas at protesters in Nairobi on Friday.\",\"published\":\"2020-05-08\"}\n" +
            "{not json}\n" +
            "{\"id\":\"j3\",\"text\":\"Soldiers clashed with Al Shabaab in Baidoa on Friday.\",\"published\":\"2020-05-08\"}\n"));

        var r = CliRunner.Run("extract", good, empty, binary, latin1, big, jsonl, "--published", "2020-05-08", "--format", "jsonl");

        r.ExitCode.ShouldBe(2);
        var docIds = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc_id").GetString()).Distinct().ToList();
        docIds.ShouldBe(["good", "j1", "j3"]);
        var errors = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        errors.Length.ShouldBe(5, r.Stderr);
        errors.ShouldContain(e => e.Contains(empty) && e.Contains("empty input"));
        errors.ShouldContain(e => e.Contains(binary) && e.Contains("binary input"));
        errors.ShouldContain(e => e.Contains(latin1) && e.Contains("invalid UTF-8"));
        errors.ShouldContain(e => e.Contains(big) && e.Contains("too large"));
        errors.ShouldContain(e => e.Contains(jsonl + ":2:") && e.Contains("malformed JSON"));
        r.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void Reads_stdin_and_writes_csv_with_acleds_columns_first()
    {
        var r = CliRunner.RunWithInput("Hundreds of teachers protested in Accra on Friday to demand unpaid salaries.", "extract", "-", "-p", "2020-05-08", "-f", "csv");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var header = r.Stdout.Split('\n')[0].TrimEnd('\r').Split(',');
        header.Take(31).ShouldBe(Sitrep.Events.AcledCsvWriter.AcledColumns);
        header[0].ShouldBe("event_id_cnty");
        r.Stdout.ShouldContain("Protesters (Ghana)");
    }

    [Fact]
    public void Geojson_is_a_feature_collection_of_points()
    {
        var r = CliRunner.Run("extract", TestResources.TestData("sevare-2018-06-29.txt"), "-p", "2018-06-29", "-f", "geojson");
        var root = JsonDocument.Parse(r.Stdout).RootElement;
        root.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var f = root.GetProperty("features")[0];
        f.GetProperty("geometry").GetProperty("type").GetString().ShouldBe("Point");
        f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble().ShouldBe(-4.0956, 0.01);
        f.GetProperty("properties").GetProperty("location").GetString().ShouldBe("Sevare");
    }

    [Fact]
    public void A_bad_option_value_is_a_usage_error_on_stderr()
    {
        var r = CliRunner.Run("extract", TestResources.TestData("sevare-2018-06-29.txt"), "--published", "29/06/2018");
        r.ExitCode.ShouldNotBe(0);
        r.Stdout.ShouldBeEmpty();
        r.Stderr.ShouldContain("--published");
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var r = CliRunner.Run("--help");
        r.ExitCode.ShouldBe(0, r.Stderr);
        foreach (var verb in new[] { "extract", "demo", "explain", "gazetteer" }) r.Stdout.ShouldContain(verb);
    }

    [Fact]
    public void The_demo_shows_events_from_several_outlets_and_an_article_with_none()
    {
        var r = CliRunner.Run("demo", "--no-serve");
        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldContain("Nairobi Courier"); // the HTML page
        r.Stdout.ShouldContain("Wanlaweyn");       // the second event of a two-event article
        r.Stdout.ShouldContain("no event");        // the floods
    }
}
