using System.Diagnostics;
using System.Text;
using Shouldly;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Documents;

/// <summary>Inputs that once crashed or hung a batch: each is one error naming its file or line, and the rest is read.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-hostile-").FullName;

    public void Dispose()
    {
        // Not a recursive walk: .NET's follows the links these tests make, round their loops.
        var locked = Path.Combine(_dir, "locked");
        if (Directory.Exists(locked)) File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_dir, recursive: true);
    }

    private const string Report = "Gunmen killed three farmers near Gao on Friday.";

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static List<ReadResult> Read(string path) => DocumentReader.Read(path, ReadOptions.Default).ToList();

    [Theory]
    [InlineData("\\ud800", ErrorCode.MalformedJson)]
    [InlineData("\\udfff and more", ErrorCode.MalformedJson)]
    [InlineData("a NUL \\u0000 here", ErrorCode.BinaryInput)]
    public void A_jsonl_text_that_cannot_be_text_is_an_error_for_its_line_only(string escaped, ErrorCode code)
    {
        var path = Write("docs.jsonl", $"{{\"id\":\"a\",\"text\":\"Gunmen {escaped} fired.\"}}\n{{\"id\":\"b\",\"text\":\"{Report}\"}}\n");
        var results = Read(path);
        results.Count.ShouldBe(2);
        results[0].Error!.Code.ShouldBe(code);
        results[0].Error!.ToString().ShouldStartWith(path + ":1: ");
        results[1].Document!.Id.ShouldBe("b");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void A_jsonl_date_outside_the_calendar_of_news_is_an_error(string published)
    {
        var path = Write("docs.jsonl", $"{{\"id\":\"a\",\"text\":\"{Report}\",\"published\":\"{published}\"}}\n");
        Read(path).Single().Error!.Code.ShouldBe(ErrorCode.InvalidDate);
    }

    [Fact]
    public void A_device_is_refused_not_read_for_ever()
    {
        var e = Read("/dev/zero").Single().Error!;
        e.Code.ShouldBe(ErrorCode.EmptyInput);
        e.Detail.ShouldContain("not a regular file");
    }

    [Fact]
    public void A_pipe_named_like_a_text_file_is_refused_not_waited_on()
    {
        Write("a.txt", Report);
        var fifo = Path.Combine(_dir, "pipe.txt");
        using (var mk = Process.Start("mkfifo", [fifo])) mk.WaitForExit();
        var results = Read(_dir);
        results.Count.ShouldBe(2);
        results.Single(r => !r.IsSuccess).Error!.Where.ShouldBe(fifo);
        results.Single(r => r.IsSuccess).Document!.Id.ShouldBe("a");
    }

    [Fact]
    public void A_link_back_up_the_tree_reads_each_file_once()
    {
        Write("top/a.txt", Report);
        Write("top/sub/b.txt", "Police fired tear gas at protesters in Nairobi on Monday.");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "top/sub/up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "top/again"), Path.Combine(_dir, "top/sub"));
        var results = Read(Path.Combine(_dir, "top"));
        results.Where(r => r.IsSuccess).Select(r => r.Document!.Id).Order().ShouldBe(["a", "b"]);
        results.Where(r => !r.IsSuccess).ShouldAllBe(r => r.Error!.Code == ErrorCode.ReadFailed);
    }

    [Fact]
    public void A_link_round_in_a_loop_is_reported_and_the_rest_is_read()
    {
        Write("a.txt", Report);
        File.CreateSymbolicLink(Path.Combine(_dir, "self.txt"), Path.Combine(_dir, "self.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_dir, "ring1"), Path.Combine(_dir, "ring2"));
        Directory.CreateSymbolicLink(Path.Combine(_dir, "ring2"), Path.Combine(_dir, "ring1"));
        var results = Read(_dir);
        results.Single(r => r.IsSuccess).Document!.Id.ShouldBe("a");
        results.ShouldContain(r => !r.IsSuccess && r.Error!.Where.EndsWith("self.txt"));
    }

    [Fact]
    public void A_subfolder_that_cannot_be_listed_is_reported_and_the_rest_is_read()
    {
        Write("a.txt", Report);
        Write("locked/b.txt", Report);
        var locked = Path.Combine(_dir, "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool root = Environment.UserName == "root";
        var results = Read(_dir);
        results.ShouldContain(r => r.IsSuccess && r.Document!.Id == "a");
        // root lists any folder; anyone else is refused this one, and hears of it.
        if (!root) results.Single(r => !r.IsSuccess).Error!.ToString().ShouldStartWith(locked + ": read failed: cannot list the folder");
        else results.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("<div>", 200_000)]
    [InlineData("<b><i>x</b>", 50_000)]
    [InlineData("<span><font>", 20_000)]
    public void A_page_nested_deeper_than_any_real_one_is_reduced_to_its_text(string unit, int times)
    {
        // Unbounded, the parsers took minutes over a megabyte of this.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(unit, times)) + "<p>" + Report + "</p></body></html>";
        HtmlNesting.MaxDepth(html).ShouldBeGreaterThan(HtmlText.ParsableDepth);
        var path = Path.Combine(_dir, "deep.html");
        File.WriteAllText(path, html);
        Read(path).Single().Document!.Text.ShouldEndWith(Report);
    }

    [Fact]
    public void Nesting_is_measured_as_a_parser_keeps_elements_open()
    {
        HtmlNesting.MaxDepth("<html><body><div><p>one<p>two<br><img src=x><div>in</div></div><!-- <div><div> --><script>if (a<b) '<div>'</script></body></html>").ShouldBe(4);
        HtmlNesting.Flatten("<p>Gunmen &amp; bandits</p><script>var x='<p>';</script><div>fled</div>").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
            .ShouldBe(["Gunmen & bandits", "fled"]);
    }

    /// <summary>
    /// Found by the fuzz suite (ReaderFuzzTests, a cut mutant): the nesting scan indexed past the end of a page cut
    /// inside a tag. Every prefix of a page holding each construct the scan knows (comment, declaration, raw text,
    /// self-closing and end tags, a stray '&lt;') is measured and flattened without an exception.
    /// </summary>
    [Fact]
    public void A_page_cut_anywhere_inside_a_tag_comment_or_script_is_measured_and_flattened()
    {
        const string page = "<!DOCTYPE html><html><!-- c --><body class=\"a\"><p>1 < 2</p><br/><script>x='</p>'</script><img src=x /></body></html>";
        for (int cut = 0; cut <= page.Length; cut++)
        {
            var html = page[..cut];
            HtmlNesting.MaxDepth(html).ShouldBeGreaterThanOrEqualTo(0);
            HtmlNesting.Flatten(html).Length.ShouldBeLessThanOrEqualTo(html.Length + html.Count(c => c == '<'));
        }
    }
}
