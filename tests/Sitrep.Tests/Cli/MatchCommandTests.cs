using Shouldly;
using Xunit;

namespace Sitrep.Tests.Cli;

/// <summary><c>sitrep match</c>: the matcher's verdict on every two reports, the pairs it did not merge included.</summary>
public sealed class MatchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-match-").FullName;

    [Fact]
    public void Match_shows_each_pairs_weighed_evidence_merged_or_not_and_the_events_it_makes()
    {
        var docs = Path.Combine(_dir, "docs.jsonl");
        File.WriteAllLines(docs,
        [
            """{"id":"one","published":"2022-03-08","text":"Gunmen killed 12 civilians in Sevare on Tuesday during an attack on the market led by a commander named Hamadoun Kassa."}""",
            """{"id":"two","published":"2022-03-09","text":"Twelve villagers were shot dead in Sevare on Tuesday when gunmen loyal to Hamadoun Kassa stormed the market."}""",
            """{"id":"three","published":"2022-03-08","text":"On Tuesday, teachers protested in Bamako to demand unpaid salaries."}""",
        ]);
        var r = CliRunner.Run("match", docs);
        r.ExitCode.ShouldBe(0, r.Stderr);
        r.Stdout.ShouldContain("one#1 ~ two#1: same: same day 2022-03-08 (+2); same place (Sevare) (+2)");
        r.Stdout.ShouldContain("one#1 ~ three#1: apart:");
        r.Stdout.ShouldContain("one#1 + two#1");

        var near = CliRunner.Run("match", docs, "--id", "one", "--id", "three", "--min-score", "0");
        near.ExitCode.ShouldBe(0, near.Stderr);
        near.Stdout.ShouldNotContain("two#1");
        near.Stdout.ShouldNotContain("# reports");
    }

    public void Dispose() => Directory.Delete(_dir, true);
}
