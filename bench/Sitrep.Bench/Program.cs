using BenchmarkDotNet.Running;

// Benchmarks of the gazetteer and of coding, from the repository root:
//   dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*'
// Whole-process figures (documents/s, store ingest and query latency, HTTP load): ./sitrep bench --help
BenchmarkSwitcher.FromAssembly(typeof(Sitrep.Bench.Paths).Assembly).Run(args);
