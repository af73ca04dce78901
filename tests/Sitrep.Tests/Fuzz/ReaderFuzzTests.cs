using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Shouldly;
using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Storage;
using Sitrep.Web;
using Xunit;

namespace Sitrep.Tests.Fuzz;

/// <summary>
/// Fuzzing of every reader of hostile input (<see cref="Mutations"/>): documents as text, HTML and JSONL, JSONL
/// documents field by field, feeds, ACLED CSV exports, and the API's query strings run against a real store. The
/// property is always the same: bad input is a value (an error naming where), never an exception.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-fuzz-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private const string Article = "Gunmen killed three farmers near Gao on Friday, officials said.\nThe army sent reinforcements to the area.";

    private const string Page = """
        <!doctype html><html><head><title>Attack near Gao</title><meta property="article:published_time" content="2020-05-09T10:00:00Z"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Attack near Gao</h1><p>Gunmen killed three farmers near Gao on Friday, officials said.</p>
        <p>The army sent reinforcements &amp; helicopters to the area.</p></article><footer>(c) Wire</footer></body></html>
        """;

    private const string Jsonl = """
        {"id":"a","text":"Gunmen killed three farmers near Gao on Friday.","published":"2020-05-09","title":"Attack","url":"https://news.example.org/a","source":"Wire"}
        {"id":2,"text":"Police fired tear gas at protesters in Nairobi on Monday.","published":"2020-05-11T08:00:00Z"}
        """;

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Sahel Wire</title>
        <item><title>Attack near Mopti</title><link>https://news.example.org/mopti</link><guid>m1</guid><pubDate>Tue, 08 Mar 2022 10:00:00 GMT</pubDate>
        <description><![CDATA[<p>Gunmen killed five civilians near Mopti on Tuesday.</p>]]></description></item>
        <item><title>Clash</title><link>https://news.example.org/gao</link><pubDate>Tue, 08 Mar 2022 11:00:00 EST</pubDate><description>Soldiers clashed with militants near Gao.</description></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
        <entry><id>e1</id><title type="html">Attack &amp;lt;near&amp;gt; Mopti</title><link rel="alternate" href="https://news.example.org/e1"/><updated>2022-03-08T10:00:00Z</updated>
        <summary>Gunmen killed five civilians near Mopti on Tuesday.</summary></entry></feed>
        """;

    private const string Csv = """
        event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,fatalities,notes
        MLI1,09 May 2020,Violence against civilians,Attack,Unidentified Armed Group (Mali),Civilians (Mali),Mali,Gao,Gao,16.27,-0.04,3,"On 9 May 2020, gunmen killed three farmers near Gao."
        MLI2,2020-05-10,Protests,Peaceful protest,Protesters (Mali),,Mali,Bamako,Bamako,12.65,-8.0,0,"On 10 May 2020, people marched in Bamako, ""peacefully""."
        """;

    private static void Check(Func<int, bool> property) => Prop.ForAll(Mutations.Of, property).Check(Mutations.Config);

    /// <summary>Every result is a document fit to code and store, or an error naming the input.</summary>
    private static bool Sound(IEnumerable<ReadResult> results, string name)
    {
        foreach (var r in results)
        {
            if (r.Error is { } e) e.Where.ShouldBe(name);
            else
            {
                r.Document!.Text.ShouldNotBeNullOrWhiteSpace();
                r.Document.FieldWithNul().ShouldBeNull();
                if (r.Document.Published is DateOnly d) DateText.InRange(d).ShouldBeTrue();
            }
        }
        return true;
    }

    [Theory]
    [InlineData(InputFormat.Text, Article)]
    [InlineData(InputFormat.Html, Page)]
    [InlineData(InputFormat.Jsonl, Jsonl)]
    public void Document_readers_take_any_bytes(InputFormat format, string seed) => Check(draw =>
    {
        var bytes = Mutations.Mutate(Encoding.UTF8.GetBytes(seed), draw);
        return Sound(DocumentReader.Read("-", new ReadOptions(format), () => new MemoryStream(bytes)).ToList(), "<stdin>");
    });

    [Fact]
    public void A_jsonl_document_takes_any_value_in_any_field() => Check(draw =>
    {
        var rnd = new Random(draw);
        var fields = new Dictionary<string, object?>();
        foreach (var name in new[] { "id", "text", "published", "title", "url", "source", "language" })
        {
            object? value = rnd.Next(7) switch
            {
                0 => null,
                1 => rnd.Next(),
                2 => rnd.NextDouble() * 1e300,
                3 => new[] { Mutations.HostileString(rnd) },
                4 => new Dictionary<string, string> { ["x"] = Mutations.HostileString(rnd) },
                5 => "skip",
                _ => Mutations.HostileString(rnd),
            };
            if (value is not "skip") fields[name] = value;
        }
        // Serialised with every non-ASCII unit escaped, so lone surrogates reach the parser as \uD800 escapes.
        var line = JsonSerializer.Serialize(fields, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default });
        return Sound([JsonlDocumentParser.Parse(line, "docs.jsonl", 1, ReadOptions.Default)], "docs.jsonl");
    });

    [Theory]
    [InlineData(Rss)]
    [InlineData(Atom)]
    public void The_feed_reader_takes_any_bytes(string seed) => Check(draw =>
    {
        var bytes = Mutations.Mutate(Encoding.UTF8.GetBytes(seed), draw);
        foreach (var entry in FeedReader.ReadEntries(new MemoryStream(bytes)))
            (entry.Item is null).ShouldBe(entry.Error is not null);
        return true;
    });

    [Fact]
    public void The_acled_csv_reader_takes_any_bytes() => Check(draw =>
    {
        var path = Path.Combine(_dir, "export.csv");
        File.WriteAllBytes(path, Mutations.Mutate(Encoding.UTF8.GetBytes(Csv), draw));
        try
        {
            foreach (var row in AcledExportReader.Read(path).Rows) DateText.InRange(row.EventDate).ShouldBeTrue();
        }
        catch (Exception e) when (e is InvalidDataException or CsvHelper.CsvHelperException)
        {
            // A file that is not an export at all is one error naming it.
        }
        return true;
    });

    [Fact]
    public void Any_query_string_is_answered_or_refused_never_an_error_of_the_store()
    {
        using var store = SqliteEventStore.Open(Path.Combine(_dir, "fuzz.db"));
        var doc = new Document("gao-1", Article, new DateOnly(2020, 5, 9));
        store.Ingest(doc, TestResources.Coder.Code(doc));
        Check(draw =>
        {
            var rnd = new Random(draw);
            string? V(string seed) => rnd.Next(3) switch { 0 => null, 1 => Mutations.MutateText(seed, rnd.Next()), _ => Mutations.HostileString(rnd) };
            var given = new EventFilterParameters
            {
                From = V("2020-05-01"), To = V("2020-05-31"), Country = V("Mali"), Admin1 = V("Gao"), Type = V("Battles"), SubType = V("Armed clash"),
                Actor = V("Military Forces"), ActorKind = V("1"), MinFatalities = V("2"), Bbox = V("-5,14,-3,15"), Q = V("farmers Gao"),
                Limit = V("10"), Offset = V("0"), After = V("ev1"),
            };
            var (query, error) = ApiQuery.Parse(given);
            if (query is null) { error!.Message.ShouldNotBeNullOrWhiteSpace(); return true; }
            store.QueryJson(query);
            store.Count(query with { Limit = int.MaxValue, Offset = 0 });
            store.Stats(query with { Limit = int.MaxValue });
            return true;
        });
    }
}
