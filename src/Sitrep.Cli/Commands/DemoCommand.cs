using System.CommandLine;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Resources;
using Spectre.Console;
using SText = Spectre.Console.Text;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep demo</c>: codes the example articles shipped in data/demo (several outlets and
/// countries, an HTML page, an article with two events, one with none) and shows the events.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var data = CommonOptions.Data();
        var noServe = new Option<bool>("--no-serve") { Description = "Only show the table; do not serve the dashboard" };
        var urls = new Option<string>("--urls") { Description = "Where the dashboard listens", DefaultValueFactory = _ => ServeCommand.DefaultUrl };
        var command = new Command("demo", "Code the bundled example articles, show their events, and serve them on the dashboard") { data, noServe, urls };
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data) ?? CodingResources.DefaultDataDirectory();
            var resources = ResourceLoader.TryLoad(dataDir);
            if (resources is null) return CliErrors.Failure;
            var coder = new Coder(resources);
            var demoDir = Path.Combine(dataDir, "demo");
            var results = BatchCoder.Code(ReadDemo(demoDir), coder).ToList();
            foreach (var r in results.Where(r => !r.IsSuccess)) CliErrors.Write(r.Error!);
            var console = AnsiConsole.Console;
            // Piped output has no terminal width; give the table room rather than wrap every cell.
            if (Console.IsOutputRedirected) console.Profile.Width = 160;
            Render(console, results);
            if (!results.All(r => r.IsSuccess)) return CliErrors.InputErrors;
            if (parse.GetValue(noServe)) return 0;
            // The demo's events go into a fresh store of their own, then onto the dashboard.
            var db = Path.Combine(Directory.CreateTempSubdirectory("sitrep-demo-").FullName, "demo.db");
            using (var store = Sitrep.Storage.SqliteEventStore.Open(db))
                foreach (var r in results) store.Ingest(r.Document!, r.Events);
            console.MarkupLine($"[grey]Demo store: {Markup.Escape(db)}. Stop the server with Ctrl+C.[/]");
            return ServeCommand.Run(new Sitrep.Web.SitrepServerOptions(db, null, dataDir, Log: true), parse.GetValue(urls)!);
        });
        return command;
    }

    /// <summary>Every file in the demo folder; published.tsv gives dates and outlets to the files that carry none.</summary>
    internal static IEnumerable<ReadResult> ReadDemo(string demoDir)
    {
        var manifest = File.Exists(Path.Combine(demoDir, "published.tsv"))
            ? TsvFile.Read(Path.Combine(demoDir, "published.tsv"), 2).ToDictionary(r => r.Fields[0], r => r.Fields)
            : [];
        foreach (var file in Directory.EnumerateFiles(demoDir).Order(StringComparer.Ordinal))
        {
            if (DocumentReader.FormatOf(file, InputFormat.Auto) is null || Path.GetFileName(file) == "README.md") continue;
            var options = manifest.TryGetValue(Path.GetFileName(file), out var m) && DateText.TryParse(m[1], out var d)
                ? new ReadOptions(Published: d, Source: m.Length > 2 ? m[2] : null)
                : ReadOptions.Default;
            foreach (var r in DocumentReader.Read(file, options)) yield return r;
        }
    }

    internal static void Render(IAnsiConsole console, IReadOnlyList<BatchResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Sitrep demo[/]: events coded from the example articles");
        foreach (var c in new[] { "date", "type", "actor 1", "actor 2", "where", "dead", "outlet" }) table.AddColumn(c);
        int events = 0;
        foreach (var r in results.Where(r => r.IsSuccess))
        {
            if (r.Events.Count == 0)
            {
                table.AddRow(new Markup("[grey]-[/]"), new Markup($"[grey]no event ({Markup.Escape(r.Document!.Id)})[/]"), SText.Empty, SText.Empty, SText.Empty, SText.Empty, new SText(r.Document.Source ?? ""));
                continue;
            }
            foreach (var e in r.Events)
            {
                events++;
                var where = string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.Where(x => x.Length > 0).Distinct());
                table.AddRow(
                    new SText(e.EventDate?.ToString("yyyy-MM-dd") ?? "unknown"),
                    new SText($"{e.SubEventType}"),
                    new SText(e.Actor1),
                    new SText(e.Actor2),
                    new SText($"{where} (precision {(int)e.GeoPrecision})"),
                    new SText(e.Fatalities.ToString()),
                    new SText(e.Source));
            }
        }
        console.Write(table);
        console.MarkupLine($"[grey]{results.Count(r => r.IsSuccess)} articles, {events} events. Each event's evidence: ./sitrep extract data/demo --format json[/]");
    }
}
