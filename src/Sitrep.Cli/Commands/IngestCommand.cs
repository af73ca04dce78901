using System.CommandLine;
using System.Diagnostics;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep ingest PATH|URL... --db TARGET</c>: codes files, folders, JSONL, feeds and pages, and stores
/// their documents and events, merging reports of the same event. Storing the same document again changes nothing.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders, JSONL, RSS/Atom feed files, or http(s) URLs of feeds or article pages", Arity = ArgumentArity.OneOrMore }.RefusingOptions();
        var published = CommonOptions.Published();
        var source = new Option<string?>("--source") { Description = "Outlet to record for documents that name none" };
        var db = StoreOptions.Db();
        var lang = CommonOptions.Language();
        var country = CommonOptions.Country();
        var model = ModelOption.Create();
        var data = CommonOptions.Data();
        var command = new Command("ingest", "Code documents and store them with their deduplicated events") { inputs, published, source, lang, country, db, model, data };
        command.SetAction(parse =>
        {
            var pub = parse.GetValue(published);
            if (!ModelOption.TryLoad(parse.GetValue(model), out var classifier)) return CliErrors.Failure;
            var resources = ResourceLoader.TryLoad(parse.GetValue(data));
            if (resources is null || !CommonOptions.CheckLanguage(resources, parse.GetValue(lang))) return CliErrors.Failure;
            using var store = StoreOptions.TryOpen(parse.GetValue(db));
            if (store is null) return CliErrors.Failure;
            using var fetcher = new WebFetcher();
            var sources = new IngestSources(fetcher, new ReadOptions(Published: pub, Source: parse.GetValue(source), Language: parse.GetValue(lang), Country: parse.GetValue(country)));
            var coder = new Coder(resources, classifier: classifier);

            var inputList = parse.GetValue(inputs)!;
            var show = WorkProgress.StderrIsTerminal;
            int documents = 0, known = 0, events = 0, merged = 0;
            var clock = Stopwatch.StartNew();
            return WorkProgress.Run("ingesting", show ? DocumentCount.Of(inputList, InputFormat.Auto) : null, show, progress =>
            {
                foreach (var result in BatchCoder.Code(sources.Read(inputList), coder))
                {
                    if (!result.IsSuccess) { progress.Error(result.Error!); continue; }
                    var outcome = store.Ingest(result.Document!, result.Events);
                    if (outcome.StoredAs is { } derived)
                        progress.Warning($"{result.Document!.Url ?? result.Document.Id}: warning: another text is stored under the id '{result.Document.Id}'; this one is stored as '{derived}'");
                    if (outcome.NewDocument) { documents++; events += outcome.Reports; merged += outcome.Merged; }
                    else known++;
                    progress.Advance();
                }
                var line = $"{documents:N0} new documents ({known:N0} already stored), {events:N0} reports coded, {merged:N0} joined an event told before; {progress.Errors:N0} errors; {(documents + known) / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):N0} documents/s";
                if (show) progress.Summary(line); else Console.Error.WriteLine(line);
                return progress.Errors > 0 ? CliErrors.InputErrors : 0;
            });
        });
        return command;
    }
}
