using System.Net;
using System.Text;

namespace Sitrep.Documents;

/// <summary>
/// A linear look at an HTML page's tags, taken before any parser sees it. The parsers cost more than linear in
/// how deep elements nest (AngleSharp checks the stack of open elements at each tag; SmartReader scores every
/// ancestor of every node, and retries): a megabyte of unclosed <c>&lt;div&gt;</c> took minutes. So the page's
/// depth is measured first, and a page nested deeper than any real one is reduced to its text by
/// <see cref="Flatten"/>, which costs one pass whatever the markup.
/// </summary>
public static class HtmlNesting
{
    /// <summary>Elements that never hold others, or whose end tag the parser implies: they add no depth when left open.</summary>
    private static readonly HashSet<string> NoDepth = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    /// <summary>Elements whose content is not markup: it is skipped to their end tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "noscript", "template" };

    /// <summary>Elements that break a line of text; the others join their text with a space.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "article", "header", "footer",
        "table", "ul", "ol", "blockquote", "main", "aside", "nav", "figure", "figcaption", "pre", "hr", "dd", "dt",
    };

    /// <summary>How deep the page's elements nest, counting open tags as a parser would keep them open.</summary>
    public static int MaxDepth(string html)
    {
        int depth = 0, max = 0;
        foreach (var tag in Tags(html))
        {
            if (NoDepth.Contains(tag.Name) || tag.SelfClosing) continue;
            depth = tag.Closing ? Math.Max(0, depth - 1) : depth + 1;
            max = Math.Max(max, depth);
        }
        return max;
    }

    /// <summary>The page's text in one pass: tags dropped (block tags break the line), scripts and styles skipped, entities decoded.</summary>
    public static string Flatten(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        int at = 0;
        foreach (var tag in Tags(html))
        {
            text.Append(WebUtility.HtmlDecode(html[at..tag.Start]));
            text.Append(Blocks.Contains(tag.Name) ? '\n' : ' ');
            at = tag.End;
        }
        text.Append(WebUtility.HtmlDecode(html[at..]));
        return text.ToString();
    }

    private readonly record struct Tag(string Name, bool Closing, bool SelfClosing, int Start, int End);

    /// <summary>The page's tags in order; comments, declarations and raw-text content lie inside the span of a tag.</summary>
    private static IEnumerable<Tag> Tags(string html)
    {
        int i = 0;
        while (i < html.Length && (i = html.IndexOf('<', i)) >= 0)
        {
            int start = i;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                yield return new Tag("", false, true, start, i);
                continue;
            }
            bool closing = i + 1 < html.Length && html[i + 1] == '/';
            int nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= html.Length || !(char.IsAsciiLetter(html[nameStart]) || (!closing && html[nameStart] is '!' or '?')))
            {
                i++; // a '<' in text
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            var name = html[nameStart..nameEnd];
            int end = html.IndexOf('>', nameEnd);
            end = end < 0 ? html.Length : end + 1;
            bool declaration = !closing && html[nameStart] is '!' or '?';
            bool selfClosing = declaration || (end >= 2 && html[end - 2] == '/');
            if (!closing && !selfClosing && RawText.Contains(name))
            {
                int close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                int after = close < 0 ? html.Length : html.IndexOf('>', close);
                end = after < 0 ? html.Length : after + 1;
                selfClosing = true; // its end tag is consumed with it
            }
            end = Math.Min(Math.Max(end, start + 1), html.Length);
            i = end;
            yield return new Tag(name, closing, selfClosing, start, end);
        }
    }
}
