using Shouldly;
using Sitrep.Storage;
using Xunit;

namespace Sitrep.Tests.Cli;

/// <summary><c>sitrep events split</c> and <c>events merge</c>: an analyst's corrections from the command line.</summary>
public sealed class EventsCorrectionCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-correct-").FullName;

    [Fact]
    public void Merge_then_split_from_the_command_line_and_refuse_unknown_events_in_one_line()
    {
        var input = Path.Combine(_dir, "docs.jsonl");
        File.WriteAllLines(input,
        [
            """{"id":"a","text":"Gunmen killed three farmers near Gao on Friday.","published":"2022-03-12"}""",
            """{"id":"b","text":"Protesters marched through Bamako on Friday against rising prices.","published":"2022-03-12"}""",
        ]);
        var db = Path.Combine(_dir, "store.db");
        CliRunner.Run("ingest", input, "--db", db).ExitCode.ShouldBe(0);
        string[] ids;
        using (var store = SqliteEventStore.Open(db)) ids = store.Query(EventQuery.All).Select(e => e.EventId).Order(StringComparer.Ordinal).ToArray();
        ids.Length.ShouldBe(2);

        var merged = CliRunner.Run("events", "merge", ids[0], ids[1], "--db", db);
        merged.ExitCode.ShouldBe(0, merged.Stderr);
        merged.Stdout.ShouldContain("merged: " + ids[0]);
        var split = CliRunner.Run("events", "split", ids[0], "b#1", "--db", db);
        split.ExitCode.ShouldBe(0, split.Stderr);
        split.Stdout.ShouldContain("split: " + ids[0]);

        var unknown = CliRunner.Run("events", "merge", "MLI999999", ids[0], "--db", db);
        unknown.ExitCode.ShouldBe(1);
        unknown.Stderr.Trim().ShouldBe("sitrep: no event 'MLI999999'");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }
}
