using BenchmarkDotNet.Attributes;
using Sitrep.Gazetteer;
using Sitrep.Text;

namespace Sitrep.Bench;

/// <summary>Loading the shipped gazetteer, and looking names up in it (names that exist, and one that does not).</summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private GazetteerIndex _gazetteer = null!;

    [GlobalSetup]
    public void Setup() => _gazetteer = GazetteerIndex.LoadFrom(Paths.Data);

    [Benchmark]
    public GazetteerIndex Load() => GazetteerIndex.LoadFrom(Paths.Data);

    [Benchmark]
    [Arguments("sevare")]
    [Arguments("mogadishu")]
    [Arguments("no such place")]
    public int Lookup(string folded) => _gazetteer.FindPlaceMatches(folded).Count;

    [Benchmark]
    public string Fold() => TextFold.Fold("Sévaré-Ségou (Tombouctou)");
}
