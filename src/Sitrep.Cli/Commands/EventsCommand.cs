using System.CommandLine;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events --db TARGET [filters]</c>: stored events, each with its sources; and <c>sitrep export</c>, all of them for other tools.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = CommonOptions.Format("jsonl");
        var filters = new QueryOptions();
        var interLabels = CommonOptions.InterLabels();
        var command = new Command("events", "Query stored events") { db, format, interLabels };
        filters.AddTo(command);
        // An analyst's corrections live in their own files (split, merge).
        command.Subcommands.Add(EventsSplitCommand.Create());
        command.Subcommands.Add(EventsMergeCommand.Create());
        command.SetAction(parse =>
        {
            var query = filters.Parse(parse);
            if (query is null) return CliErrors.Usage;
            var conventions = CommonOptions.Conventions(null, parse.GetValue(interLabels));
            if (conventions is null) return CliErrors.Failure;
            return Write(parse.GetValue(db), query, CommonOptions.ParseFormat(parse.GetValue(format)!), null, conventions);
        });
        return command;
    }

    public static Command CreateExport()
    {
        var db = StoreOptions.Db();
        var format = CommonOptions.Format("csv");
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: stdout)" };
        var interLabels = CommonOptions.InterLabels();
        var command = new Command("export", "Export every stored event: CSV in ACLED's layout, GeoJSON, JSON or JSONL") { db, format, output, interLabels };
        command.SetAction(parse =>
        {
            var conventions = CommonOptions.Conventions(null, parse.GetValue(interLabels));
            if (conventions is null) return CliErrors.Failure;
            return Write(parse.GetValue(db), EventQuery.All, CommonOptions.ParseFormat(parse.GetValue(format)!), parse.GetValue(output), conventions);
        });
        return command;
    }

    private static int Write(string? db, EventQuery query, EventFormat format, string? output, ExportConventions conventions)
    {
        using var store = StoreOptions.TryOpen(db, mustExist: true);
        if (store is null) return CliErrors.Failure;
        TextWriter target;
        try
        {
            target = output is null ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) : new StreamWriter(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliErrors.Write($"{output}: cannot write: {e.Message}");
            return CliErrors.Failure;
        }
        int written = 0;
        using (target)
        {
            var writer = EventWriters.Create(format, target, conventions);
            const int page = 5000;
            for (int offset = 0; ; offset += page)
            {
                var batch = store.Query(query with { Offset = query.Offset + offset, Limit = Math.Min(page, query.Limit - offset) });
                foreach (var e in batch) writer.Write(e);
                written += batch.Count;
                if (batch.Count < page || offset + page >= query.Limit) break;
            }
            writer.Complete();
        }
        // A page that came back full may not be everything: say so, rather than let a cut look like the whole answer.
        if (query.Limit != int.MaxValue && written == query.Limit)
        {
            var total = store.Count(query with { Limit = int.MaxValue, Offset = 0 });
            if (total > query.Offset + written)
                CliErrors.Write($"showing events {query.Offset + 1:N0}-{query.Offset + written:N0} of {total:N0}; --limit and --offset show others");
        }
        return 0;
    }
}
