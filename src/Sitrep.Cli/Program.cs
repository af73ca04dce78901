using System.CommandLine;
using System.CommandLine.Help;
using Sitrep.Cli.Commands;

// Sitrep's command line: one command class per verb, each a thin layer over the library.
// The root is a plain command named "sitrep" (a RootCommand takes the program file's name, Sitrep.Cli),
// so help and errors name the command the user types; it carries the help and version options itself.
var root = new Command("sitrep", "Sitrep: news reports of political violence in, ACLED-coded events with evidence out.")
{
    new HelpOption(),
    new VersionOption(),
    ExtractCommand.Create(),
    ExplainCommand.Create(),
    MatchCommand.Create(),
    DemoCommand.Create(),
    BenchCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
    IngestCommand.Create(),
    EventsCommand.Create(),
    EventsCommand.CreateExport(),
    ServeCommand.Create(),
    GazetteerCommand.Create(),
    WatchCommand.Create(),
    SourcesCommand.Create(),
    AlertsCommand.Create(),
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
