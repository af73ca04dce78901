using AngleSharp.Html.Parser;
using SmartReader;

namespace Sitrep.Documents;

/// <summary>
/// Extracts an article's main text from an HTML page: SmartReader (a port of Mozilla's
/// Readability) drops navigation, ads and boilerplate; when it finds no article, the
/// body's paragraphs are used. What each may cost is bounded (<see cref="HtmlNesting"/>): SmartReader reads
/// only pages nested at most <see cref="ReadableDepth"/> deep and at most <see cref="ReadableChars"/> long,
/// the parser only pages nested at most <see cref="ParsableDepth"/> deep; a deeper page is reduced to its text.
/// </summary>
public static class HtmlText
{
    /// <summary>News pages nest some 20 to 60 deep; SmartReader's cost grows with depth times size, and retries.</summary>
    public const int ReadableDepth = 96;

    /// <summary>Ten times a long article page; SmartReader takes seconds a megabyte.</summary>
    public const int ReadableChars = 1_000_000;

    /// <summary>The parser's cost grows with depth times the number of tags; no page a person reads nests this deep.</summary>
    public const int ParsableDepth = 256;

    public static HtmlArticle Extract(string html, string? url = null)
    {
        var uri = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.ToString() : "https://localhost/article";
        int depth = HtmlNesting.MaxDepth(html);
        if (depth > ParsableDepth) return new HtmlArticle(Normalize(HtmlNesting.Flatten(html)), null, null, null);
        if (depth <= ReadableDepth && html.Length <= ReadableChars)
        try
        {
            var reader = new Reader(uri, html);
            var article = reader.GetArticle();
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent))
                return new HtmlArticle(Normalize(article.TextContent), string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(),
                    DateText.InRangeOrNull(article.PublicationDate is DateTime d ? DateOnly.FromDateTime(d) : null),
                    string.IsNullOrWhiteSpace(article.SiteName) ? null : article.SiteName.Trim());
        }
        catch (Exception)
        {
            // SmartReader throws on some malformed pages; the plain parse below still works.
        }
        var doc = new HtmlParser().ParseDocument(html);
        var meta = doc.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        DateOnly? published = meta is not null && DateText.TryParse(meta, out var pd) ? pd : null;
        var site = doc.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        foreach (var junk in doc.QuerySelectorAll("script,style,nav,header,footer,aside,noscript,form"))
            junk.Remove();
        var paragraphs = doc.QuerySelectorAll("p,h1,h2,h3,li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        var text = paragraphs.Count > 0 ? string.Join("\n", paragraphs) : doc.Body?.TextContent ?? "";
        return new HtmlArticle(Normalize(text), doc.Title, published, site);
    }

    /// <summary>One paragraph a line, spaces collapsed: the stored text is what offsets index.</summary>
    private static string Normalize(string text)
    {
        var lines = text.Replace("\r", "").Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }
}
