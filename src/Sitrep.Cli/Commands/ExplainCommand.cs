using System.CommandLine;
using Sitrep.Coding;
using Sitrep.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep explain PATH</c>: shows what each stage found in each sentence (triggers, actors,
/// places, dates, the dead), which sentences make which event, and for each event the named rules
/// that set its fields in the order they fired, each with the text it rests on, so a user can see why
/// an article was coded as it was and which rule or data file to change.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Articles, as for extract", Arity = ArgumentArity.OneOrMore };
        var published = CommonOptions.Published();
        var id = new Option<string?>("--id") { Description = "Only the document with this id (in JSONL inputs)" };
        var lang = CommonOptions.Language();
        var country = CommonOptions.Country();
        var data = CommonOptions.Data();
        var command = new Command("explain", "Show the annotations and event frames behind the coding of articles") { paths, published, id, lang, country, data };
        command.SetAction(parse =>
        {
            var pub = parse.GetValue(published);
            var resources = ResourceLoader.TryLoad(parse.GetValue(data));
            if (resources is null || !CommonOptions.CheckLanguage(resources, parse.GetValue(lang))) return CliErrors.Failure;
            var coder = new Coder(resources) { Trace = true };
            var only = parse.GetValue(id);
            foreach (var r in DocumentReader.Read(parse.GetValue(paths)!, new ReadOptions(Published: pub, Language: parse.GetValue(lang), Country: parse.GetValue(country))))
            {
                if (r.Error is { } e) { CliErrors.Write(e); continue; }
                if (only is not null && r.Document!.Id != only) continue;
                var language = resources.LanguageOf(r.Document!);
                if (!resources.Supports(language)) { CliErrors.Write($"{r.Document!.Id}: no language pack for '{language}'"); continue; }
                var own = resources.In(language);
                Write(coder.Pipeline.Annotate(r.Document! with { Language = language }, own), coder, own, r.Document!.Language is null);
            }
            return 0;
        });
        return command;
    }

    private static void Write(AnnotatedDocument doc, Coder coder, Sitrep.Resources.CodingResources resources, bool detected)
    {
        var o = Console.Out;
        var language = resources.Language + (detected ? ", detected" : "");
        o.WriteLine($"# {doc.Document.Id} (published {doc.Document.Published?.ToString("yyyy-MM-dd") ?? "unknown"}; language {language})");
        string T(Sitrep.Documents.TextSpan s) => doc.Document.Slice(s);
        foreach (var s in doc.Sentences)
        {
            var frames = doc.Frames.Where(f => f.Contains(s.Index)).Select(f => f.Index + 1).ToList();
            o.WriteLine($"[{s.Index}]{(s.IsBackground ? " background" : "")}{(frames.Count == 0 ? "" : $" event {string.Join(",", frames)}")}: {T(s.Span)}");
            foreach (var t in doc.Triggers.Where(x => x.Sentence == s.Index))
                o.WriteLine($"    trigger  '{T(t.Span)}' {t.Entry.SubEventType} w={t.Entry.Weight}{(t.Entry.Requires is null ? "" : " requires " + t.Entry.Requires)}{(t.IsAnaphoric ? " (refers back)" : "")}");
            var asides = Asides.Of(resources.Lexicon.Words, doc.Tokens, s);
            foreach (var a in doc.Actors.Where(x => x.Sentence == s.Index))
                o.WriteLine($"    actor    '{T(a.Span)}' {string.Join(" | ", a.Entries.Select(e => e.Actor))}{(a.CountryCode is null ? "" : " country " + a.CountryCode)}{(a.ClaimedResponsibility ? " (claims)" : "")}{(Asides.Inside(asides, a.Token, a.EndToken) ? $" (no actor: {Asides.Rule})" : "")}{(ActorResolver.AmongCasualties(resources.Lexicon, doc.Tokens, s.FirstToken, a.Token) ? $" (victim: {ActorResolver.AmongCasualtiesRule})" : "")}");
            foreach (var c in doc.Countries.Where(x => x.Sentence == s.Index))
                o.WriteLine($"    country  '{T(c.Span)}' {c.Iso2}{(c.IsDemonym ? " (demonym)" : c.IsCue ? " (cue)" : "")}");
            foreach (var p in doc.Places.Where(x => x.Sentence == s.Index))
                o.WriteLine($"    place    '{T(p.Span)}' cue={p.Cue}{(p.KindWord is null ? "" : " kind=" + p.KindWord)}{(p.KindRule is null ? "" : $" {p.KindDivision} ({p.KindRule})")} places={p.Places.Count} admin1={p.Admin1s.Count} admin2={p.Admin2s.Count}{(p.IsContainer ? " (container)" : "")}{(p.RouteStart ? " (route start)" : p.RouteEnd ? " (route end)" : "")}{(p.Containers.Count > 0 ? " in " + string.Join(", ", p.Containers.Select(j => T(doc.Places[j].Span))) : "")}");
            foreach (var d in doc.Dates.Where(x => x.Sentence == s.Index))
                o.WriteLine($"    date     '{T(d.Span)}' {d.Date:yyyy-MM-dd} precision {(int)d.Precision}{(d.IsReportDate ? " (report date)" : "")}");
            foreach (var f in doc.Fatalities.Where(x => x.Sentence == s.Index))
                o.WriteLine($"    dead     '{T(f.Span)}' {f.Low}..{f.High}{(f.IsTotal ? " (total)" : "")}");
        }
        foreach (var e in coder.Resolve(doc, resources))
        {
            o.WriteLine($"=> {e.EventDate:yyyy-MM-dd} {e.SubEventType} | {e.Actor1} vs {e.Actor2} | {e.Location}, {e.Admin1}, {e.Country} (precision {(int)e.GeoPrecision}) | {e.Fatalities} dead");
            foreach (var rule in e.Rules ?? []) o.WriteLine($"    {rule}");
        }
        o.WriteLine();
    }
}
