using Shouldly;
using Xunit;

namespace Sitrep.Tests.Cli;

/// <summary>The command line as a new user meets it: its name in help, one-line refusals, no silent cuts or empty stores.</summary>
public sealed class CommandLineErrorsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-errors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static void ShouldBeOneLineError(CliRunner.Result r, int exitCode, string containing)
    {
        r.ExitCode.ShouldBe(exitCode, r.Stderr);
        r.Stderr.ShouldContain(containing);
        r.Stderr.ShouldNotContain("   at ");
        r.Stderr.ShouldNotContain("Exception");
    }

    /// <summary>A store holding three reports written for these tests: a clash, a protest and an arrest.</summary>
    private string Store()
    {
        var docs = Path.Combine(_dir, "docs.jsonl");
        File.WriteAllLines(docs,
        [
            """{"id":"c1","text":"Soldiers clashed with Al Shabaab fighters in Baidoa on Friday, killing four.","published":"2021-03-06"}""",
            """{"id":"c2","text":"Hundreds of teachers marched peacefully in Nairobi on Monday to demand unpaid wages.","published":"2021-03-09"}""",
            """{"id":"c3","text":"Police arrested two journalists in Lagos on Tuesday.","published":"2021-03-10"}""",
        ]);
        var db = Path.Combine(_dir, "store.db");
        var r = CliRunner.Run("ingest", docs, "--db", db);
        r.ExitCode.ShouldBe(0, r.Stderr);
        return db;
    }

    [Fact]
    public void Eval_refuses_an_export_without_the_columns_it_scores_naming_them()
    {
        var csv = Path.Combine(_dir, "no-types.csv");
        File.WriteAllText(csv, "event_date,notes,country\n2021-03-05,Soldiers clashed with Al Shabaab in Baidoa.,Somalia\n");
        var r = CliRunner.Run("eval", csv);
        ShouldBeOneLineError(r, 1, csv + ": no 'event_type', 'sub_event_type', 'fatalities'");
        r.Stderr.Trim().Split('\n').Length.ShouldBe(1);
        r.Stdout.ShouldBeEmpty();
    }

    [Fact]
    public void Train_says_which_rows_it_drops_for_a_bad_date_and_counts_those_beyond_the_first_ten()
    {
        var csv = Path.Combine(_dir, "dates.csv");
        var rows = Enumerable.Range(1, 13).Select(i => $"2021-13-{i:00},Police arrested {i} traders in Kano.,Arrests");
        File.WriteAllLines(csv, ["event_date,notes,sub_event_type", "2021-03-05,Soldiers clashed with Al Shabaab in Baidoa.,Armed clash", .. rows]);
        var r = CliRunner.Run("train", csv, "-o", Path.Combine(_dir, "model.zip"));
        r.ExitCode.ShouldBe(1, r.Stderr);
        r.Stderr.ShouldContain(csv + ":3: invalid date: event_date '2021-13-01'");
        r.Stderr.ShouldContain(csv + ":12: invalid date: event_date '2021-13-10'");
        r.Stderr.ShouldNotContain("'2021-13-11'");
        r.Stderr.ShouldContain(csv + ": 3 more rows skipped for a bad event_date");
        r.Stderr.ShouldContain("only 1 rows");
    }

    [Fact]
    public void Help_names_the_command_sitrep()
    {
        var r = CliRunner.Run("--help");
        r.ExitCode.ShouldBe(0);
        r.Stdout.ShouldContain("sitrep [command] [options]");
        r.Stdout.ShouldNotContain("Sitrep.Cli");
        CliRunner.Run("events", "--help").Stdout.ShouldContain("sitrep events [command] [options]");
    }

    [Fact]
    public void An_unknown_option_is_refused_rather_than_read_as_a_file()
    {
        var r = CliRunner.Run("extract", "--from", "2020-01-01", "article.txt");
        ShouldBeOneLineError(r, 64, "--from: unknown option");
        r.Stderr.ShouldNotContain("file not found");
    }

    [Fact]
    public void Events_on_a_store_that_does_not_exist_refuses_and_creates_nothing()
    {
        var missing = Path.Combine(_dir, "typo.db");
        ShouldBeOneLineError(CliRunner.Run("events", "--db", missing), 1, "no such store");
        File.Exists(missing).ShouldBeFalse();
        ShouldBeOneLineError(CliRunner.Run("export", "--db", missing), 1, "no such store");
        File.Exists(missing).ShouldBeFalse();
    }

    [Fact]
    public void Export_into_a_missing_folder_is_one_line()
    {
        var db = Store();
        ShouldBeOneLineError(CliRunner.Run("export", "--db", db, "-o", Path.Combine(_dir, "no-such-folder", "events.csv")), 1, "cannot write");
    }

    [Fact]
    public void Serve_on_a_port_out_of_range_is_one_line()
    {
        var db = Store();
        ShouldBeOneLineError(CliRunner.Run("serve", "--db", db, "--urls", "http://127.0.0.1:99999"), 1, "cannot listen");
    }

    [Fact]
    public void A_gazetteer_lookup_that_finds_nothing_says_so_and_fails()
    {
        ShouldBeOneLineError(CliRunner.Run("gazetteer", "lookup", "Qqxzvvork"), 1, "nothing is known under 'Qqxzvvork'");
    }

    [Fact]
    public void Types_match_whatever_their_case_and_a_misspelt_type_is_an_error()
    {
        var db = Store();
        var lower = CliRunner.Run("events", "--db", db, "--type", "battles");
        lower.ExitCode.ShouldBe(0, lower.Stderr);
        lower.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        lower.Stdout.ShouldContain("\"event_type\":\"Battles\"");
        CliRunner.Run("events", "--db", db, "--type", "peaceful PROTEST").Stdout.ShouldContain("\"sub_event_type\":\"Peaceful protest\"");
        ShouldBeOneLineError(CliRunner.Run("events", "--db", db, "--type", "battle"), 64, "--type: 'battle' is not an ACLED event type");
    }

    [Fact]
    public void A_cut_list_says_how_many_match_and_offset_pages_through_them()
    {
        var db = Store();
        var first = CliRunner.Run("events", "--db", db, "--limit", "2");
        first.ExitCode.ShouldBe(0, first.Stderr);
        first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
        first.Stderr.ShouldContain("showing events 1-2 of 3");
        var rest = CliRunner.Run("events", "--db", db, "--limit", "2", "--offset", "2");
        rest.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        rest.Stderr.ShouldBeEmpty();
        var all = CliRunner.Run("events", "--db", db);
        all.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void A_database_error_never_echoes_the_password()
    {
        var r = CliRunner.Run("events", "--db", "postgres://analyst:Sup3rSecretPw@127.0.0.1:1/sitrep");
        ShouldBeOneLineError(r, 1, "cannot open the store");
        r.Stderr.ShouldNotContain("Sup3rSecretPw");
        r.Stderr.ShouldContain("analyst:***@");
    }
}
