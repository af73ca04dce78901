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

    /// <summary>Each article codes as many events as it expects, a quiet one none.</summary>
    public static void ArticlesCodeTheirEvents(IEnumerable<(Document Document, JsonElement Line)> articles)
    {
        foreach (var (doc, line) in articles)
        {
            IReadOnlyList<CodedEvent> events = TestResources.Coder.Code(doc);
            if (line.TryGetProperty("quiet", out var q) && q.GetBoolean()) events.ShouldBeEmpty(doc.Id);
            else events.Count.ShouldBe(line.GetProperty("events").GetArrayLength(), doc.Id);
        }
    }
}
