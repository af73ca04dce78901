using BenchmarkDotNet.Running;

// Benchmarks of coding and the gazetteer: dotnet run -c Release --project bench/Sitrep.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
