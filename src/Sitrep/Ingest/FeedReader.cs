using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 and Atom feeds into their items: title, link, publication date, and the text the feed
/// itself carries. The feed is streamed one item at a time, so a feed of a hundred thousand items costs the
/// memory of one; an item that cannot be read (a date that is not a date) is an error for that item alone,
/// and XML that breaks off ends the feed with one error after the items read before it.
/// </summary>
public static class FeedReader
{
    public sealed record FeedItem(string Id, string Title, Uri? Link, DateOnly? Published, string Summary, string? FeedTitle);

    /// <summary>One item of a feed in order (<see cref="Ordinal"/> from 1), or why it, or the feed from there on (ordinal 0), could not be read.</summary>
    public sealed record FeedEntry(int Ordinal, FeedItem? Item, string? Error);

    public static bool LooksLikeFeed(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The items that could be read; throws <see cref="XmlException"/> when the bytes are not a feed at all.</summary>
    public static IReadOnlyList<FeedItem> Read(byte[] bytes)
    {
        var items = new List<FeedItem>();
        foreach (var entry in ReadEntries(new MemoryStream(bytes)))
        {
            if (entry.Item is not null) items.Add(entry.Item);
            else if (entry.Ordinal == 0 && items.Count == 0) throw new XmlException(entry.Error);
        }
        return items;
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
    };

    private static readonly string[] ItemNames = ["item", "entry"];
    private static readonly string[] RootNames = ["rss", "feed", "RDF"];
    private static readonly string[] DateNames = ["pubDate", "published", "date", "updated", "issued", "modified"];
    private static readonly string[] SummaryNames = ["description", "summary", "encoded", "content"];

    /// <summary>The feed's items one at a time, in order, with an error for each that could not be read.</summary>
    public static IEnumerable<FeedEntry> ReadEntries(Stream stream)
    {
        using var xml = XmlReader.Create(stream, Settings);
        var state = new ReadState();
        int ordinal = 0;
        while (true)
        {
            var (element, error, end) = Step(xml, state);
            if (end) yield break;
            if (error is not null)
            {
                yield return new FeedEntry(0, null, (ordinal == 0 ? "not an RSS or Atom feed: " : $"the feed breaks off after item {ordinal}: ") + error);
                yield break;
            }
            if (element is null) continue;
            ordinal++;
            yield return ToEntry(element, ordinal, state.FeedTitle);
        }
    }

    private sealed class ReadState
    {
        public bool Advance = true;
        public bool SawRoot;
        public string? FeedTitle;
    }

    /// <summary>Moves to the next node of interest: an item (read whole), the feed's title, or the end.</summary>
    private static (XElement? Item, string? Error, bool End) Step(XmlReader xml, ReadState state)
    {
        try
        {
            if (state.Advance && !xml.Read()) return state.SawRoot ? (null, null, true) : (null, "no XML element in it", false);
            state.Advance = true;
            if (xml.NodeType != XmlNodeType.Element) return (null, null, false);
            if (!state.SawRoot)
            {
                state.SawRoot = true;
                return RootNames.Contains(xml.LocalName) ? (null, null, false) : (null, $"its root element is <{xml.Name}>", false);
            }
            if (ItemNames.Contains(xml.LocalName))
            {
                state.Advance = false; // ReadFrom leaves the reader on the node after the item
                return ((XElement)XNode.ReadFrom(xml), null, false);
            }
            if (xml.LocalName == "title" && state.FeedTitle is null)
            {
                state.Advance = false;
                state.FeedTitle = ((XElement)XNode.ReadFrom(xml)).Value.Trim();
            }
            return (null, null, false);
        }
        catch (XmlException e)
        {
            return (null, e.Message.Split('\n')[0], false);
        }
    }

    private static FeedEntry ToEntry(XElement item, int ordinal, string? feedTitle)
    {
        string? Child(params string[] names) => names
            .Select(n => item.Elements().FirstOrDefault(e => e.Name.LocalName == n))
            .FirstOrDefault(e => e is not null && !string.IsNullOrWhiteSpace(e.Value))?.Value.Trim();
        var title = Child("title") ?? "";
        var link = Link(item);
        var id = Child("guid", "id") ?? link?.ToString() ?? title;
        DateOnly? published = null;
        if (Child(DateNames) is { } dateText)
        {
            if (!TryParseDate(dateText, out var date))
                return new FeedEntry(ordinal, null, $"item {ordinal} ('{Shorten(id)}'): its date '{Shorten(dateText)}' is not {DateText.Expected}");
            published = date;
        }
        var summary = Child(SummaryNames) ?? "";
        if (summary.Contains('<')) summary = HtmlText.Extract("<html><body><p>" + summary + "</p></body></html>").Text;
        return new FeedEntry(ordinal, new FeedItem(id, title, link, published, summary, string.IsNullOrEmpty(feedTitle) ? null : feedTitle), null);
    }

    /// <summary>RSS's link is the element's text; Atom's the href of a link that is the alternate (or has no rel).</summary>
    private static Uri? Link(XElement item)
    {
        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var atom = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate" && l.Attribute("href") is not null) ?? links.FirstOrDefault(l => l.Attribute("href") is not null);
        var href = (string?)atom?.Attribute("href") ?? links.Select(l => l.Value.Trim()).FirstOrDefault(v => v.Length > 0);
        return href is not null && Uri.TryCreate(href, UriKind.Absolute, out var uri) ? uri : null;
    }

    /// <summary>RFC 822's zone names, which feeds still write ("EST"); numeric offsets and GMT/UT parse as they are.</summary>
    private static readonly Dictionary<string, string> ZoneNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EST"] = "-0500", ["EDT"] = "-0400", ["CST"] = "-0600", ["CDT"] = "-0500",
        ["MST"] = "-0700", ["MDT"] = "-0600", ["PST"] = "-0800", ["PDT"] = "-0700", ["Z"] = "+0000",
    };

    private static bool TryParseDate(string s, out DateOnly date)
    {
        if (DateText.TryParse(s, out date)) return true;
        int space = s.LastIndexOf(' ');
        return space > 0 && ZoneNames.TryGetValue(s[(space + 1)..], out var offset) && DateText.TryParse(s[..space] + " " + offset, out date);
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "...";
}
