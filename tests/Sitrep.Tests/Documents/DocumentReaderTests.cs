using System.Text;
using Shouldly;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Documents;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_a_text_file_with_the_given_publication_date_and_its_name_as_id()
    {
        var path = Write("kidal-report.txt", "Gunmen attacked a checkpoint in Kidal on Monday.");
        var r = DocumentReader.Read(path, new ReadOptions(Published: new DateOnly(2020, 5, 6))).Single();
        r.Document!.Id.ShouldBe("kidal-report");
        r.Document.Published.ShouldBe(new DateOnly(2020, 5, 6));
        r.Document.Text.ShouldStartWith("Gunmen attacked");
    }

    [Fact]
    public void Refuses_an_empty_file_naming_it()
    {
        var path = Write("empty.txt", "  \n ");
        var e = DocumentReader.Read(path, ReadOptions.Default).Single().Error!;
        e.Code.ShouldBe(ErrorCode.EmptyInput);
        e.ToString().ShouldStartWith(path + ": empty input");
    }

    [Fact]
    public void Refuses_a_binary_file()
    {
        var path = Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        DocumentReader.Read(path, ReadOptions.Default).Single().Error!.Code.ShouldBe(ErrorCode.BinaryInput);
    }

    [Fact]
    public void Refuses_invalid_utf8_and_says_where()
    {
        var bytes = Encoding.UTF8.GetBytes("line one\nline two \xff\n").ToList();
        bytes.InsertRange(19, new byte[] { 0xC3, 0x28 });
        var path = Write("latin1.txt", [.. bytes]);
        var e = DocumentReader.Read(path, ReadOptions.Default).Single().Error!;
        e.Code.ShouldBe(ErrorCode.InvalidUtf8);
        e.Detail.ShouldContain("line 2");
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit_without_reading_it_all()
    {
        var path = Write("huge.txt", new string('a', 3000));
        var e = DocumentReader.Read(path, new ReadOptions(MaxDocumentBytes: 1000)).Single().Error!;
        e.Code.ShouldBe(ErrorCode.InputTooLarge);
    }

    [Fact]
    public void A_malformed_jsonl_line_is_an_error_for_that_line_only()
    {
        var path = Write("batch.jsonl",
            "{\"id\":\"a\",\"text\":\"Protesters marched in Accra.\",\"published\":\"2020-05-01\"}\n" +
            "{\"id\":\"b\",\"text\":\n" +
            "\n" +
            "{\"id\":7,\"text\":\"Police dispersed protesters in Lagos.\"}\n" +
            "{\"id\":\"d\",\"text\":\"x\",\"published\":\"yesterday\"}\n" +
            "{\"text\":\"no id\"}\n");
        var results = DocumentReader.Read(path, ReadOptions.Default).ToList();
        results.Count.ShouldBe(5);
        results[0].Document!.Id.ShouldBe("a");
        results[0].Document!.Published.ShouldBe(new DateOnly(2020, 5, 1));
        results[1].Error!.ToString().ShouldStartWith(path + ":2: malformed JSON");
        results[2].Document!.Id.ShouldBe("7");
        results[3].Error!.Code.ShouldBe(ErrorCode.InvalidDate);
        results[3].Error!.Line.ShouldBe(5);
        results[4].Error!.Code.ShouldBe(ErrorCode.MissingField);
    }

    [Fact]
    public void A_jsonl_line_that_is_not_utf8_does_not_spoil_the_next()
    {
        var good = Encoding.UTF8.GetBytes("{\"id\":\"ok\",\"text\":\"Gunmen killed two farmers.\"}\n");
        var bad = new byte[] { (byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)'}', (byte)'\n' };
        var path = Write("mixed.jsonl", [.. bad, .. good]);
        var results = DocumentReader.Read(path, ReadOptions.Default).ToList();
        results[0].Error!.Code.ShouldBe(ErrorCode.InvalidUtf8);
        results[0].Error!.Line.ShouldBe(1);
        results[1].Document!.Id.ShouldBe("ok");
    }

    [Fact]
    public void Extracts_the_article_from_an_html_page_and_drops_the_boilerplate()
    {
        var html = File.ReadAllText(Path.Combine(TestResources.DataDirectory, "demo", "kenya-nairobi-protest.html"));
        var path = Write("page.html", html);
        var doc = DocumentReader.Read(path, ReadOptions.Default).Single().Document!;
        doc.Text.ShouldContain("Police fired tear gas to disperse hundreds of protesters");
        doc.Text.ShouldNotContain("Subscribe");
        doc.Text.ShouldNotContain("All rights reserved");
        doc.Published.ShouldBe(new DateOnly(2023, 7, 8));
    }

    [Fact]
    public void A_missing_file_is_an_error_and_a_folder_is_read_recursively()
    {
        DocumentReader.Read(Path.Combine(_dir, "nope.txt"), ReadOptions.Default).Single().Error!.Code.ShouldBe(ErrorCode.FileNotFound);
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        Write("sub/one.txt", "Soldiers clashed with rebels.");
        Write("two.txt", "Rioters burned tyres.");
        Write("notes.csv", "ignored");
        DocumentReader.Read(_dir, ReadOptions.Default).Select(r => r.Document!.Id).ShouldBe(["one", "two"], ignoreOrder: true);
    }

    [Fact]
    public void Reads_standard_input()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes("Gunmen abducted ten students."));
        var doc = DocumentReader.Read("-", ReadOptions.Default, () => stdin).Single().Document!;
        doc.Id.ShouldBe("stdin");
    }

    [Fact]
    public void A_jsonl_country_field_is_the_documents_country_hint()
    {
        var path = Write("hint.jsonl", "{\"id\":\"a\",\"text\":\"Gunmen killed two herders.\",\"country\":\"ne\"}\n{\"id\":\"b\",\"text\":\"Gunmen killed two herders.\"}\n");
        var docs = DocumentReader.Read(path, new ReadOptions(Country: "ML")).Select(r => r.Document!).ToList();
        docs.Select(d => d.Country).ShouldBe(["NE", "ML"]);
    }

    [Fact]
    public void A_country_field_that_is_no_code_is_an_error_for_its_line_only()
    {
        var path = Write("bad.jsonl", "{\"id\":\"a\",\"text\":\"Gunmen killed two herders.\",\"country\":\"Niger\"}\n{\"id\":\"b\",\"text\":\"Gunmen killed two herders.\"}\n");
        var results = DocumentReader.Read(path, ReadOptions.Default).ToList();
        results[0].Error.ShouldNotBeNull().ToString().ShouldContain("\"country\" is 'Niger'");
        results[1].Document.ShouldNotBeNull().Id.ShouldBe("b");
    }
}
