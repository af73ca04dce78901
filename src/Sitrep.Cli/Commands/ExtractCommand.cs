using System.CommandLine;
using System.Diagnostics;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract PATH...</c>: codes articles and writes their events to stdout.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Articles: .txt or .html files, .jsonl files of documents ({\"id\",\"text\",\"published\"?,...}), folders, or - for stdin",
            Arity = ArgumentArity.OneOrMore,
        }.RefusingOptions();
        var published = CommonOptions.Published();
        var format = CommonOptions.Format();
        var inputFormat = new Option<string>("--input-format") { Description = "Read every input as: auto (by extension), text, html or jsonl", DefaultValueFactory = _ => "auto" };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "html", "jsonl");
        var source = new Option<string?>("--source") { Description = "Outlet to record for documents that name none" };
        var lang = CommonOptions.Language();
        var country = CommonOptions.Country();
        var data = CommonOptions.Data();
        var threads = new Option<int>("--threads") { Description = "Documents coded at once (default: one per core)" };
        var model = ModelOption.Create();
        var interLabels = CommonOptions.InterLabels();
        var trace = new Option<bool>("--trace") { Description = "Add to each event (json, jsonl) the named rules that set its fields, in order, as \"rules\"" };

        var command = new Command("extract", "Code articles into ACLED-style events, each field with its evidence")
        {
            paths, published, format, inputFormat, source, lang, country, data, threads, model, interLabels, trace,
        };
        command.SetAction(parse =>
        {
            var pub = parse.GetValue(published);
            if (!ModelOption.TryLoad(parse.GetValue(model), out var classifier)) return CliErrors.Failure;
            var resources = ResourceLoader.TryLoad(parse.GetValue(data));
            if (resources is null || !CommonOptions.CheckLanguage(resources, parse.GetValue(lang))) return CliErrors.Failure;
            var conventions = CommonOptions.Conventions(parse.GetValue(data), parse.GetValue(interLabels));
            if (conventions is null) return CliErrors.Failure;
            var options = new ReadOptions(ParseInputFormat(parse.GetValue(inputFormat)!), pub, Source: parse.GetValue(source), Language: parse.GetValue(lang), Country: parse.GetValue(country));
            return Run(parse.GetValue(paths)!, options, new Coder(resources, classifier: classifier) { Trace = parse.GetValue(trace) }, CommonOptions.ParseFormat(parse.GetValue(format)!), conventions, parse.GetValue(threads));
        });
        return command;
    }

    internal static InputFormat ParseInputFormat(string s) => s switch
    {
        "text" => InputFormat.Text,
        "html" => InputFormat.Html,
        "jsonl" => InputFormat.Jsonl,
        _ => InputFormat.Auto,
    };

    private static int Run(string[] paths, ReadOptions options, Coder coder, EventFormat format, ExportConventions conventions, int threads)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var writer = EventWriters.Create(format, stdout, conventions);
        // Events printed to the same terminal would tear through a live display: show it only when stdout goes elsewhere.
        var show = WorkProgress.StderrIsTerminal && Console.IsOutputRedirected;
        var total = show ? DocumentCount.Of(paths, options.Format) : null;
        int events = 0;
        var clock = Stopwatch.StartNew();
        return WorkProgress.Run("coding", total, show, progress =>
        {
            foreach (var result in BatchCoder.Code(DocumentReader.Read(paths, options), coder, threads))
            {
                if (!result.IsSuccess)
                {
                    progress.Error(result.Error!);
                    continue;
                }
                foreach (var e in result.Events)
                {
                    writer.Write(e);
                    events++;
                }
                progress.Advance();
            }
            writer.Complete();
            int documents = progress.Done - progress.Errors;
            progress.Summary($"  {documents:N0} documents, {events:N0} events, {progress.Errors:N0} errors in {clock.Elapsed.TotalSeconds:N1} s ({documents / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):N0} docs/s)");
            return progress.Errors > 0 ? CliErrors.InputErrors : 0;
        });
    }
}
