using System.CommandLine;
using System.Diagnostics;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Gazetteer;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench</c>: measures what users feel, in this process: how long the gazetteer and lexicons
/// take to load and how much memory they hold, what a gazetteer lookup costs, and how many documents a
/// second the coder gets through. Prints one JSON object on stdout. Finer measurements live in bench/.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input", "-i") { Description = "Documents to code (any input extract reads); default: the demo articles, repeated" };
        var repeat = new Option<int>("--repeat") { Description = "Times to code the input", DefaultValueFactory = _ => 1 };
        var stages = new Option<bool>("--stages")
        {
            Description = "Also code the input once more on one thread, timing each stage, and list where coding time goes",
        };
        var warmup = new Option<double>("--warmup")
        {
            Description = "Seconds to code the input before timing it, so that the timed passes run the code the JIT has finished optimising",
            DefaultValueFactory = _ => 3,
        };
        var data = CommonOptions.Data();
        var command = new Command("bench", "Measure load time, memory, lookup cost and coding throughput") { input, repeat, stages, warmup, data };
        command.Subcommands.Add(BenchStoreCommand.Create());
        command.Subcommands.Add(BenchHttpCommand.Create());
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(data) ?? CodingResources.DefaultDataDirectory();
            GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect();
            long before = GC.GetTotalMemory(true);
            var clock = Stopwatch.StartNew();
            GazetteerIndex gazetteer;
            Lexicon lexicon;
            double gazetteerSeconds, lexiconSeconds;
            long gazetteerBytes;
            try
            {
                gazetteer = GazetteerIndex.LoadFrom(dir);
                gazetteerSeconds = clock.Elapsed.TotalSeconds;
                gazetteerBytes = GC.GetTotalMemory(true) - before;
                clock.Restart();
                lexicon = Lexicon.Load(dir);
                lexiconSeconds = clock.Elapsed.TotalSeconds;
            }
            catch (Exception e) when (e is GazetteerFormatException or ResourceFormatException or IOException)
            {
                CliErrors.Write(e.Message);
                return CliErrors.Failure;
            }
            // Over the folder, not one lexicon: the demo articles (and any input) mix languages.
            var resources = CodingResources.InFolder(dir, lexicon, gazetteer);

            // Lookups of names that exist and names that do not, as the place stage makes them.
            string[] names = ["sevare", "kabul", "mogadishu", "gao", "tijuana", "springfield", "no such place", "lower shabeelle", "idlib", "bus"];
            const int lookups = 1_000_000;
            int hits = 0;
            clock.Restart();
            for (int i = 0; i < lookups; i++) hits += gazetteer.FindPlaceMatches(names[i % names.Length]).Count;
            var lookupNs = clock.Elapsed.TotalMilliseconds * 1e6 / lookups;

            var docs = Documents(parse.GetValue(input), dir).ToList();
            var coder = new Coder(resources);
            Warm(coder, docs, TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(warmup))));
            int n = 0, events = 0;
            int repeats = Math.Max(1, parse.GetValue(repeat));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            for (int r = 0; r < repeats; r++)
                foreach (var result in BatchCoder.Code(docs.Select(ReadResult.Success), coder))
                {
                    n++;
                    events += result.Events.Count;
                }
            var codingSeconds = clock.Elapsed.TotalSeconds;
            // Processor time is what a machine shared with other work still measures well, where wall time does not.
            var codingCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            var profile = parse.GetValue(stages) ? Profile(coder, docs, repeats) : null;
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                gazetteer_load_seconds = Math.Round(gazetteerSeconds, 3),
                gazetteer_managed_mb = Math.Round(gazetteerBytes / 1048576.0, 1),
                gazetteer_places = gazetteer.PlaceCount,
                gazetteer_names = gazetteer.NameCount,
                lexicon_load_seconds = Math.Round(lexiconSeconds, 3),
                lookup_ns = Math.Round(lookupNs, 1),
                documents = n,
                events,
                coding_seconds = Math.Round(codingSeconds, 3),
                coding_cpu_seconds = Math.Round(codingCpuSeconds, 3),
                documents_per_second = Math.Round(n / codingSeconds, 0),
                cpu_ms_per_document = Math.Round(codingCpuSeconds * 1000 / Math.Max(1, n), 3),
                threads = Environment.ProcessorCount,
                process_peak_mb = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 0),
                stages = profile,
            }, new System.Text.Json.JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
            return hits > 0 ? 0 : CliErrors.Failure;
        });
        return command;
    }

    /// <summary>
    /// Codes the documents, over and over, for at least <paramref name="time"/> and 50 documents. The runtime compiles a
    /// method quickly first and again, optimised, once it has run often; a few seconds of coding pass through that, and
    /// the time measured after is the coder's own, not the compiler's (without it a short bench spent a third of its
    /// processor time compiling).
    /// </summary>
    private static void Warm(Coder coder, IReadOnlyList<Document> docs, TimeSpan time)
    {
        if (docs.Count == 0) return;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < 50 || clock.Elapsed < time; i++) coder.Code(docs[i % docs.Count]);
    }

    /// <summary>
    /// Codes <paramref name="docs"/> <paramref name="repeats"/> times on this thread alone, so that each stage's time is
    /// its own and not another thread's wait, and gives each stage's share of the whole, costliest first.
    /// </summary>
    private static object Profile(Coder coder, IReadOnlyList<Document> docs, int repeats)
    {
        var profile = new StageProfile();
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
            foreach (var d in docs) coder.Code(d, profile);
        double seconds = clock.Elapsed.TotalSeconds;
        int n = docs.Count * repeats;
        double staged = profile.Stages.Sum(s => s.Time.TotalSeconds);
        return new
        {
            documents = n,
            seconds = Math.Round(seconds, 3),
            documents_per_second = Math.Round(n / seconds, 0),
            by_stage = profile.Stages.OrderByDescending(s => s.Time).Select(s => new
            {
                stage = s.Stage,
                ms = Math.Round(s.Time.TotalMilliseconds, 1),
                us_per_document = Math.Round(s.Time.TotalMilliseconds * 1000 / Math.Max(1, n), 1),
                share = Math.Round(s.Time.TotalSeconds / staged, 3),
                calls = s.Calls,
            }).ToList(),
        };
    }

    private static IEnumerable<Document> Documents(string? input, string dataDir)
    {
        if (input is not null)
        {
            foreach (var r in DocumentReader.Read(input, ReadOptions.Default))
                if (r.Document is { } d) yield return d;
            yield break;
        }
        var demo = DemoCommand.ReadDemo(Path.Combine(dataDir, "demo")).Where(r => r.IsSuccess).Select(r => r.Document!).ToList();
        for (int i = 0; i < 500; i++)
            foreach (var d in demo) yield return d with { Id = d.Id + "-" + i };
    }
}
