using System.Text.Json;
using Shouldly;
using Xunit;

namespace Sitrep.Tests.Cli;

public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_codes_a_batch_that_mixes_languages()
    {
        // The demo folder holds English and French reports; bench once coded every one with the English lexicon alone
        // and crashed on the first French one ("no resources for language 'fr'").
        var dir = Directory.CreateTempSubdirectory("sitrep-bench-").FullName;
        try
        {
            var input = Path.Combine(dir, "mixed.jsonl");
            File.WriteAllLines(input,
            [
                """{"id":"en-1","published":"2024-02-10","text":"Gunmen killed two farmers in Koro, Mali, on Friday, residents said."}""",
                """{"id":"fr-1","published":"2024-02-10","language":"fr","text":"Des hommes armés ont tué deux cultivateurs vendredi à Koro, au Mali, selon des habitants."}""",
            ]);
            var r = CliRunner.Run("bench", "--input", input);
            r.ExitCode.ShouldBe(0, r.Stderr);
            JsonDocument.Parse(r.Stdout).RootElement.GetProperty("documents").GetInt32().ShouldBe(2);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Bench_with_stages_lists_where_coding_time_goes_stage_by_stage()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-bench-").FullName;
        try
        {
            var input = Path.Combine(dir, "one.jsonl");
            File.WriteAllLines(input, ["""{"id":"en-1","published":"2024-02-10","text":"Gunmen killed two farmers in Koro, Mali, on Friday, residents said."}"""]);
            var r = CliRunner.Run("bench", "--input", input, "--repeat", "2", "--stages", "--warmup", "0");
            r.ExitCode.ShouldBe(0, r.Stderr);
            var stages = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("stages");
            stages.GetProperty("documents").GetInt32().ShouldBe(2);
            var byStage = stages.GetProperty("by_stage").EnumerateArray().ToList();
            var names = byStage.Select(s => s.GetProperty("stage").GetString()).ToList();
            names.ShouldContain("tokenizer");
            names.ShouldContain("places");
            names.ShouldContain("resolve:place");
            byStage.Single(s => s.GetProperty("stage").GetString() == "tokenizer").GetProperty("calls").GetInt32().ShouldBe(2);
            // Costliest first, and the shares of the whole add up to it.
            var ms = byStage.Select(s => s.GetProperty("ms").GetDouble()).ToList();
            ms.ShouldBe(ms.OrderByDescending(x => x).ToList());
            byStage.Sum(s => s.GetProperty("share").GetDouble()).ShouldBe(1.0, 0.02);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Bench_without_stages_prints_no_stage_list()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-bench-").FullName;
        try
        {
            var input = Path.Combine(dir, "one.jsonl");
            File.WriteAllLines(input, ["""{"id":"en-1","published":"2024-02-10","text":"Gunmen killed two farmers in Koro, Mali, on Friday."}"""]);
            var r = CliRunner.Run("bench", "--input", input);
            r.ExitCode.ShouldBe(0, r.Stderr);
            var root = JsonDocument.Parse(r.Stdout).RootElement;
            root.TryGetProperty("stages", out _).ShouldBeFalse();
            root.GetProperty("cpu_ms_per_document").GetDouble().ShouldBeGreaterThan(0);
        }
        finally { Directory.Delete(dir, true); }
    }
}
