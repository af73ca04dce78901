using System.CommandLine;
using System.Globalization;
using Sitrep.Coding;
using Sitrep.Dedup;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep match PATH... [--id A --id B]</c>: codes the documents as ingest does and shows, for every two events of
/// different documents, the matcher's verdict with each piece of evidence and its weight, merged or not, then the events
/// the clusterer makes of them all. What an analyst needs to see why two reports were, or were not, told as one event,
/// and which weight of data/acled/dedup.tsv to question; the store keeps the reasons of the merges it made only.
/// </summary>
internal static class MatchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Articles, as for extract", Arity = ArgumentArity.OneOrMore };
        var published = CommonOptions.Published();
        var ids = new Option<string[]>("--id") { Description = "Only the documents with these ids (in JSONL inputs); give it once per document", AllowMultipleArgumentsPerToken = true };
        var lang = CommonOptions.Language();
        var country = CommonOptions.Country();
        var data = CommonOptions.Data();
        var min = new Option<double?>("--min-score") { Description = "Only the pairs the matcher scored at least this (not those a limit kept apart), and no clustering: near misses in a large batch" };
        var command = new Command("match", "Show the deduplication matcher's verdict, merged or not, for every two events of different documents")
        {
            paths, published, ids, lang, country, data, min,
        };
        command.SetAction(parse =>
        {
            var resources = ResourceLoader.TryLoad(parse.GetValue(data));
            if (resources is null || !CommonOptions.CheckLanguage(resources, parse.GetValue(lang))) return CliErrors.Failure;
            DedupRules rules;
            NotPlaceWords notPlaces;
            SplitPhrases split;
            TimeWords time;
            SettlementWords settlements;
            EventWords wording;
            var folder = parse.GetValue(data) ?? Sitrep.Resources.CodingResources.DefaultDataDirectory();
            try
            {
                rules = DedupRules.Load(folder);
                notPlaces = NotPlaceWords.Load(folder);
                split = SplitPhrases.Load(folder);
                time = TimeWords.Load(folder);
                settlements = SettlementWords.Load(folder);
                wording = EventWords.Load(folder);
            }
            catch (Sitrep.Resources.ResourceFormatException e)
            {
                CliErrors.Write(e.Message);
                return CliErrors.Failure;
            }
            var only = parse.GetValue(ids) is { Length: > 0 } given ? given.ToHashSet(StringComparer.Ordinal) : null;
            var coder = new Coder(resources);
            var reports = new List<ReportFeatures>();
            var options = new ReadOptions(Published: parse.GetValue(published), Language: parse.GetValue(lang), Country: parse.GetValue(country));
            foreach (var r in DocumentReader.Read(parse.GetValue(paths)!, options))
            {
                if (r.Error is { } e) { CliErrors.Write(e); continue; }
                if (only is not null && !only.Contains(r.Document!.Id)) continue;
                // Numbered as the store numbers a document's reports, so the names match the events' sources.
                var events = coder.Code(r.Document!);
                for (int i = 0; i < events.Count; i++)
                    reports.Add(ReportFeatures.Of(events[i] with { EventId = $"{r.Document!.Id}#{i + 1}" }, r.Document!.Text, notPlaces, split, time, settlements, wording) with { DocId = $"{r.Document!.Id}#{i + 1}" });
            }
            Write(reports, rules, parse.GetValue(min));
            return 0;
        });
        return command;
    }

    private static void Write(IReadOnlyList<ReportFeatures> reports, DedupRules rules, double? minScore)
    {
        var o = Console.Out;
        if (minScore is null) o.WriteLine("# reports");
        foreach (var r in minScore is null ? reports : [])
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.DocId}: {r.EventDate:yyyy-MM-dd} (time {(int)r.TimePrecision}) | {r.SubEventType} | {r.Actor1} vs {r.Actor2} | {r.Location}, {r.Admin1}, {r.Country} (geo {(int)r.GeoPrecision}) | {r.Fatalities} dead | published {r.Published:yyyy-MM-dd}"));
            o.WriteLine($"    names: {string.Join(" ", r.EventNames)}");
            if (r.EventWords.Length > 0) o.WriteLine($"    words: {string.Join(" ", r.EventWords)}");
            if (r.PlaceNames.Length > 0) o.WriteLine($"    beside the place: {string.Join(" ", r.PlaceNames)}");
        }
        o.WriteLine("# pairs");
        // The document's id is the report's name before its number: two events of one document are never compared.
        static string Doc(ReportFeatures r) => r.DocId[..r.DocId.LastIndexOf('#')];
        for (int i = 0; i < reports.Count; i++)
            for (int j = i + 1; j < reports.Count; j++)
            {
                if (Doc(reports[i]) == Doc(reports[j])) continue;
                var v = ReportMatcher.Compare(reports[i], reports[j], rules);
                if (v.Score < minScore) continue;
                o.WriteLine($"{reports[i].DocId} ~ {reports[j].DocId}: {(v.Same ? "same" : "apart")}: {v.Reason}");
            }
        if (minScore is not null) return;
        o.WriteLine("# events");
        var grouped = reports.Select(r => r with { DocId = Doc(r) }).ToList();
        foreach (var c in Clusterer.Group(grouped, rules: rules))
            o.WriteLine(string.Join(" + ", c.Members.Select(m => reports[m].DocId)));
    }
}
