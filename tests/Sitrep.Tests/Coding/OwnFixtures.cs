using System.Text.Json;
using Shouldly;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Coding;

/// <summary>
/// The project's own fixture texts of a language pack (TestData/own/snippets-LANG.jsonl, articles-LANG.jsonl): documents
/// written for the tests, each with what ACLED would code (<c>expect</c> for a snippet's one event, <c>events</c> or
/// <c>quiet</c> for an article), read and checked the same way for every language.
/// </summary>
internal static class OwnFixtures
{
    /// <summary>Each line of <paramref name="file"/> as a document and as the JSON that holds its expectations.</summary>
    public static List<(Document Document, JsonElement Line)> Read(string file)
    {
        var items = new List<(Document, JsonElement)>();
        int n = 0;
        foreach (var line in File.ReadLines(TestResources.TestData(Path.Combine("own", file))))
        {
            n++;
            var doc = JsonlDocumentParser.Parse(line, file, n, ReadOptions.Default).Document.ShouldNotBeNull();
            items.Add((doc, JsonDocument.Parse(line).RootElement.Clone()));
        }
        return items;
    }

    /// <summary>The values an expectation accepts: one, or a list where ACLED's coding could go either way.</summary>
    public static string?[] Accepted(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(t => t.GetString())] : [value.GetString()];

    /// <summary>The share of the snippets whose first coded event has the expected sub-event type.</summary>
    public static double SubEventTypeShare(IReadOnlyList<(Document Document, JsonElement Line)> snippets) =>
        snippets.Count(i => TestResources.Coder.Code(i.Document) is [var first, ..]
            && Accepted(i.Line.GetProperty("expect").GetProperty("sub_event_type")).Contains($"{first.SubEventType}")) / (double)snippets.Count;

    /// <summary>The share of the snippets that yield an event when their publication date is unknown.</summary>
    public static double UndatedYieldShare(IReadOnlyList<(Document Document, JsonElement Line)> snippets) =>
        snippets.Count(i => TestResources.Coder.Code(i.Document with { Published = null }).Count > 0) / (double)snippets.Count;

    /// <summary>
    /// Each article codes as many events as it expects, a quiet one none, and each expected event is met field by field
    /// as scripts/own-fixtures.py scores it: the coded event of its sub-event type (the first unused one, in order), then
    /// its date, country, admin1, location, fatalities, actor1 and actor2 wherever the expectation names them. At least
    /// <paramref name="fieldShare"/> of those field checks must hold (1: every one; a pack whose fixtures still show
    /// known misses sets its floor, and the misses are listed when it is not reached).
    /// </summary>
    public static void ArticlesCodeTheirEvents(IEnumerable<(Document Document, JsonElement Line)> articles, double fieldShare = 1.0)
    {
        var misses = new List<string>();
        int checks = 0;
        foreach (var (doc, line) in articles)
        {
            IReadOnlyList<CodedEvent> events = TestResources.Coder.Code(doc);
            if (line.TryGetProperty("quiet", out var q) && q.GetBoolean()) { events.ShouldBeEmpty(doc.Id); continue; }
            var wants = line.GetProperty("events");
            events.Count.ShouldBe(wants.GetArrayLength(), doc.Id);
            var left = events.ToList();
            int i = 0;
            foreach (var want in wants.EnumerateArray())
            {
                string where = $"{doc.Id}#{i++}";
                var e = left.FirstOrDefault(x => Meets(Accepted(want.GetProperty("sub_event_type")), x.SubEventType));
                if (e is not null) left.Remove(e);
                foreach (var (field, got) in Fields(e))
                {
                    if (!want.TryGetProperty(field, out var value)) continue;
                    checks++;
                    string?[] accepted = value.ValueKind == JsonValueKind.Number ? [value.GetRawText()] : Accepted(value);
                    if (!Meets(accepted, got)) misses.Add($"{where}: {field} {got ?? "(none)"}, want {string.Join(" or ", accepted)}");
                }
            }
        }
        checks.ShouldBeGreaterThan(0);
        if (fieldShare >= 1) misses.ShouldBeEmpty();
        else (1 - misses.Count / (double)checks).ShouldBeGreaterThanOrEqualTo(fieldShare, string.Join("\n", misses));
    }

    /// <summary>The fields of a coded event as the fixtures name them (none for no event: a missed event misses each).</summary>
    static (string Field, string? Value)[] Fields(CodedEvent? e) =>
    [
        ("sub_event_type", e?.SubEventType),
        ("date", e?.EventDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ("country", e?.Country), ("admin1", e?.Admin1), ("location", e?.Location),
        ("fatalities", e?.Fatalities.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("actor1", e?.Actor1), ("actor2", e?.Actor2),
    ];

    /// <summary>Whether <paramref name="got"/> is one of the accepted values, folded as scripts/own-fixtures.py folds them:
    /// case, accents, punctuation and an actor's years, '(2022-)', aside.</summary>
    static bool Meets(IEnumerable<string?> accepted, string? got) =>
        got is not null && accepted.Any(w => w is not null && FoldExpected(w) == FoldExpected(got));

    static string FoldExpected(string s)
    {
        var ascii = new string([.. s.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]).ToLowerInvariant();
        ascii = System.Text.RegularExpressions.Regex.Replace(ascii, @"\(\d{4}-\d{0,4}\)", "");
        return System.Text.RegularExpressions.Regex.Replace(ascii, "[^a-z0-9]+", "");
    }
}
