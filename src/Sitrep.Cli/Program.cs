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
return await root.Parse(args).InvokeAsync();
