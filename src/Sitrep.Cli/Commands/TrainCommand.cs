using System.CommandLine;
using System.Diagnostics;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train FILE.csv -o MODEL</c>: learns a sub-event type classifier from a user's own coded rows.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var file = new Argument<string[]>("files") { Description = "ACLED-format exports (CSV) with notes and sub_event_type", Arity = ArgumentArity.OneOrMore }.RefusingOptions();
        var output = new Option<string>("--output", "-o") { Description = "Where to write the model (a .zip)", Required = true };
        var command = new Command("train", "Learn a sub-event type classifier from coded rows; use it with --model") { file, output };
        command.SetAction(parse =>
        {
            var rows = new List<AcledRow>();
            foreach (var f in parse.GetValue(file)!)
            {
                try
                {
                    var export = AcledExportReader.Read(f, "sub_event_type");
                    CliErrors.WriteBounded(export.Skipped, "rows skipped for a bad event_date");
                    rows.AddRange(export.Rows);
                }
                catch (Exception e) when (e is IOException or InvalidDataException or CsvHelper.CsvHelperException)
                {
                    CliErrors.Write(e.Message);
                    return CliErrors.Failure;
                }
            }
            var examples = rows.Where(r => r.SubEventType.Length > 0).Select(r => (r.Notes, r.SubEventType)).ToList();
            if (examples.Count < 10)
            {
                CliErrors.Write($"only {examples.Count} rows with notes and a sub-event type; a model needs more");
                return CliErrors.Failure;
            }
            var clock = Stopwatch.StartNew();
            using var model = SubEventClassifier.Train(examples, parse.GetValue(output)!);
            Console.Error.WriteLine($"{parse.GetValue(output)}: trained on {examples.Count:N0} rows, {examples.Select(e => e.SubEventType).Distinct().Count()} sub-event types, in {clock.Elapsed.TotalSeconds:0.0} s");
            return 0;
        });
        return command;
    }
}
