using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Events;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval FILE.csv</c>: codes every row of an ACLED export (its notes, published two days after
/// the event) and prints the measures of coding quality; --details adds the sub-event confusion and the
/// rows coded worst. The rows are only read, never stored.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "An ACLED export (CSV)" }.RefusingOptions();
        var details = new Option<bool>("--details") { Description = "Add the confusion of sub-event types and the worst rows" };
        var json = new Option<bool>("--json") { Description = "Print the measures as one JSON object" };
        var output = new Option<string?>("--output", "-o") { Description = "Also write the coded events (JSONL) here" };
        var limit = new Option<int?>("--limit") { Description = "Only the first N rows" };
        var model = ModelOption.Create();
        var data = CommonOptions.Data();
        var command = new Command("eval", "Measure coding quality against an ACLED export") { file, details, json, output, limit, model, data };
        command.SetAction(parse =>
        {
            List<AcledRow> rows;
            try
            {
                var export = AcledExportReader.Read(parse.GetValue(file)!, Evaluator.NeededColumns);
                CliErrors.WriteBounded(export.Skipped, "rows skipped for a bad event_date");
                rows = [.. export.Rows];
            }
            catch (Exception e) when (e is IOException or InvalidDataException or CsvHelper.CsvHelperException)
            {
                CliErrors.Write(e.Message);
                return CliErrors.Failure;
            }
            if (parse.GetValue(limit) is int l) rows = rows.Take(l).ToList();
            if (!ModelOption.TryLoad(parse.GetValue(model), out var classifier)) return CliErrors.Failure;
            var resources = ResourceLoader.TryLoad(parse.GetValue(data));
            if (resources is null) return CliErrors.Failure;
            var coder = new Coder(resources, classifier: classifier);

            var clock = Stopwatch.StartNew();
            var coded = new Dictionary<string, IReadOnlyList<CodedEvent>>();
            IEventWriter? writer = null;
            StreamWriter? outFile = null;
            if (parse.GetValue(output) is { } o) { outFile = new StreamWriter(o); writer = EventWriters.Create(EventFormat.Jsonl, outFile); }
            foreach (var r in BatchCoder.Code(rows.Select(row => ReadResult.Success(AcledExportReader.ToDocument(row))), coder))
            {
                coded[r.Document!.Id] = r.Events;
                foreach (var e in r.Events) writer?.Write(e);
            }
            writer?.Complete();
            outFile?.Dispose();
            var seconds = clock.Elapsed.TotalSeconds;
            var report = Evaluator.Score(rows, coded);
            if (parse.GetValue(json))
            {
                var obj = report.Measures.ToDictionary(kv => kv.Key, kv => (object)kv.Value);
                obj["documents"] = report.Documents;
                obj["extra_events_per_doc"] = report.ExtraEventsPerDocument;
                obj["documents_per_second"] = Math.Round(report.Documents / seconds);
                Console.WriteLine(JsonSerializer.Serialize(obj));
                return 0;
            }
            Render(AnsiConsole.Console, report, seconds, parse.GetValue(details));
            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, EvaluationReport report, double seconds, bool details)
    {
        if (Console.IsOutputRedirected) console.Profile.Width = 200;
        var table = new Table().Border(TableBorder.Simple).AddColumn("measure").AddColumn(new TableColumn("%").RightAligned());
        foreach (var m in Evaluator.MeasureNames) table.AddRow(m, report.Measures[m].ToString("0.0"));
        table.AddRow("extra_events_per_doc", report.ExtraEventsPerDocument.ToString("0.000"));
        console.Write(table);
        console.WriteLine($"{report.Documents} documents in {seconds:0.0} s ({report.Documents / Math.Max(seconds, 1e-3):0} documents/s)");
        if (!details) return;

        var types = report.SubEventConfusion.Keys.Select(k => k.Gold).Distinct().OrderBy(t => t).ToList();
        var confusion = new Table().Border(TableBorder.Simple).Title("sub-event types: ACLED's (rows) coded as (most frequent)");
        confusion.AddColumn("ACLED").AddColumn(new TableColumn("rows").RightAligned()).AddColumn(new TableColumn("right").RightAligned()).AddColumn("coded instead");
        foreach (var t in types)
        {
            var row = report.SubEventConfusion.Where(kv => kv.Key.Gold == t).ToList();
            int total = row.Sum(kv => kv.Value), right = row.Where(kv => kv.Key.Coded == t).Sum(kv => kv.Value);
            var instead = string.Join("; ", row.Where(kv => kv.Key.Coded != t).OrderByDescending(kv => kv.Value).Take(3).Select(kv => $"{kv.Key.Coded} {kv.Value}"));
            confusion.AddRow(Markup.Escape(t), total.ToString(), $"{100.0 * right / total:0}%", Markup.Escape(instead));
        }
        console.Write(confusion);
        var worst = new Table().Border(TableBorder.Simple).Title("rows coded worst").AddColumn("id").AddColumn("wrong").AddColumn("notes");
        foreach (var r in report.Worst)
            worst.AddRow(Markup.Escape(r.Id), Markup.Escape(string.Join(", ", r.Wrong)), Markup.Escape(r.Notes.Length > 160 ? r.Notes[..160] + "..." : r.Notes));
        console.Write(worst);
    }
}
