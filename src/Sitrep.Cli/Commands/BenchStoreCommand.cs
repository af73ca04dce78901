using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench store --db TARGET</c>: ingest throughput on generated documents (coding, merging and
/// storing), and the latency of a date + bounding box + type query over a store filled with synthetic
/// events. Prints one JSON object. Use an empty target: it writes to it.
/// </summary>
internal static class BenchStoreCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var documents = new Option<int>("--documents") { Description = "Generated documents to ingest", DefaultValueFactory = _ => 100_000 };
        var events = new Option<int>("--events") { Description = "Synthetic events the query runs over", DefaultValueFactory = _ => 1_000_000 };
        var data = CommonOptions.Data();
        var command = new Command("store", "Measure ingest documents/s and query latency on a store") { db, documents, events, data };
        command.SetAction(parse =>
        {
            var resources = ResourceLoader.TryLoad(parse.GetValue(data));
            if (resources is null) return CliErrors.Failure;
            using var store = StoreOptions.TryOpen(parse.GetValue(db));
            if (store is null) return CliErrors.Failure;
            var coder = new Coder(resources);
            int nDocs = parse.GetValue(documents);
            var clock = Stopwatch.StartNew();
            int stored = 0;
            foreach (var r in BatchCoder.Code(Generate(nDocs).Select(ReadResult.Success), coder))
                if (store.Ingest(r.Document!, r.Events).NewDocument) stored++;
            var ingestSeconds = clock.Elapsed.TotalSeconds;

            int nEvents = parse.GetValue(events);
            clock.Restart();
            int imported = store.Import(Synthetic(nEvents - (int)Math.Min(nEvents, store.Count(EventQuery.All))));
            var importSeconds = clock.Elapsed.TotalSeconds;
            var total = store.Count(EventQuery.All);

            var random = new Random(7);
            var latencies = new List<double>();
            long found = 0;
            for (int i = 0; i < 200; i++)
            {
                var from = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 3000));
                double lon = random.Next(-20, 60), lat = random.Next(-30, 40);
                var q = new EventQuery { From = from, To = from.AddDays(90), Bbox = (lon, lat, lon + 20, lat + 20), Type = Types[random.Next(Types.Length)], Limit = 500 };
                var t = Stopwatch.StartNew();
                found += store.Query(q).Count;
                latencies.Add(t.Elapsed.TotalMilliseconds);
            }
            latencies.Sort();
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                ingest_documents = nDocs,
                ingest_stored = stored,
                ingest_seconds = Math.Round(ingestSeconds, 1),
                ingest_documents_per_second = nDocs == 0 ? 0 : Math.Round(nDocs / ingestSeconds),
                imported_events = imported,
                import_seconds = Math.Round(importSeconds, 1),
                events_in_store = total,
                query_ms_median = Math.Round(latencies[latencies.Count / 2], 2),
                query_ms_p99 = Math.Round(latencies[(int)(latencies.Count * 0.99)], 2),
                query_ms_max = Math.Round(latencies[^1], 2),
                query_rows_avg = found / latencies.Count,
            }));
            return 0;
        });
        return command;
    }

    private static readonly string[] Types = [.. new[] { EventType.Battles, EventType.Explosions, EventType.ViolenceAgainstCivilians, EventType.Protests, EventType.Riots }.Select(t => t.Name)];

    /// <summary>Documents written from templates: each event told by two outlets, across many towns and days.</summary>
    private static IEnumerable<Document> Generate(int n)
    {
        string[] towns = ["Mopti", "Gao", "Kidal", "Segou", "Sikasso", "Kayes", "Bandiagara", "Kabul", "Kandahar", "Herat", "Mogadishu", "Baidoa", "Kismayo", "Maiduguri", "Kaduna", "Jos", "Goma", "Beni", "Bunia", "Aleppo", "Idlib", "Homs", "Sanaa", "Aden", "Taizz"];
        string[] templates =
        [
            "Gunmen killed {0} civilians in an attack on a market in {1} on {2}, officials said.",
            "Armed men stormed a village near {1} on {2} and shot dead {0} residents, witnesses said.",
            "Soldiers clashed with militants in {1} on {2}, leaving {0} fighters dead, the army said.",
            "Hundreds of traders protested in {1} on {2} against new taxes.",
            "A roadside bomb struck a military convoy near {1} on {2}, killing {0} soldiers.",
        ];
        var start = new DateOnly(2016, 1, 1);
        for (int i = 0; i < n; i++)
        {
            int evt = i / 2;
            var day = start.AddDays(evt / towns.Length % 3000);
            var text = string.Format(templates[(evt + i % 2) % templates.Length], evt % 9 + 1 + i % 2, towns[evt % towns.Length], day.ToString("d MMMM yyyy"));
            yield return new Document($"bench-{i}", text + $" Report {i}.", day.AddDays(1), null, null, i % 2 == 0 ? "Wire" : "Local");
        }
    }

    private static IEnumerable<CodedEvent> Synthetic(int n)
    {
        var random = new Random(11);
        string[] subs = ["Armed clash", "Attack", "Shelling/artillery/missile attack", "Peaceful protest", "Violent demonstration", "Air/drone strike"];
        for (int i = 0; i < n; i++)
        {
            var sub = subs[random.Next(subs.Length)];
            yield return new CodedEvent
            {
                EventId = "", DocId = "synthetic-" + i, EventDate = new DateOnly(2015, 1, 1).AddDays(random.Next(0, 3300)),
                DisorderType = SubEventType.Parse(sub).DisorderType, EventType = SubEventType.Parse(sub).EventType.Name, SubEventType = sub,
                Actor1 = "Unidentified Armed Group", Country = "Synthetic", Latitude = random.NextDouble() * 70 - 30, Longitude = random.NextDouble() * 80 - 20,
                GeoPrecision = GeoPrecision.Town, Notes = "synthetic event " + i, Fatalities = random.Next(0, 5),
            };
        }
    }
}
