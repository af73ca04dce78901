using System.CommandLine;
using Sitrep.Cli.Commands;

// Sitrep's command line: one command class per verb, each a thin layer over the library.
var root = new RootCommand("Sitrep: news reports of political violence in, ACLED-coded events with evidence out.")
{
    ExtractCommand.Create(),
    ExplainCommand.Create(),
    DemoCommand.Create(),
    BenchCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    IngestCommand.Create(),
    EventsCommand.Create(),
    EventsCommand.CreateExport(),
    ServeCommand.Create(),
    GazetteerCommand.Create(),
};
var parsed = root.Parse(args);
// Usage errors go to stderr, one line each, with a pointer to --help; stdout stays for results.
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine("sitrep: " + error.Message);
    Console.Error.WriteLine("sitrep: see 'sitrep --help' (or 'sitrep COMMAND --help')");
    return CliErrors.Usage;
}
return await parsed.InvokeAsync();
