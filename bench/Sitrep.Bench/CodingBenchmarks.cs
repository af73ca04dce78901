using BenchmarkDotNet.Attributes;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Bench;

/// <summary>Coding one document end to end: a wire story of a dozen sentences, and a one-sentence report.</summary>
[MemoryDiagnoser]
public class CodingBenchmarks
{
    private Coder _coder = null!;
    private Document _story = null!;
    private Document _short = null!;

    [GlobalSetup]
    public void Setup()
    {
        _coder = new Coder(CodingResources.Load(Paths.Data));
        var html = File.ReadAllText(Path.Combine(Paths.Data, "demo", "kenya-nairobi-protest.html"));
        _story = new Document("story", File.ReadAllText(Path.Combine(Paths.Data, "demo", "mali-menaka-attack.txt")) + "\n" + HtmlText.Extract(html).Text, new DateOnly(2022, 3, 9));
        _short = new Document("short", "On 3 May 2020, gunmen killed two traders near Mopti.", new DateOnly(2020, 5, 5));
    }

    [Benchmark]
    public int Story() => _coder.Code(_story).Count;

    [Benchmark]
    public int OneSentence() => _coder.Code(_short).Count;
}
