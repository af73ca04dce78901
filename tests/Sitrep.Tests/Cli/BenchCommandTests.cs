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
}
