using System.ServiceModel.Syndication;
using System.Xml;
using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>Reads RSS 2.0 and Atom feeds into their items: title, link, publication date, and the text the feed itself carries.</summary>
public static class FeedReader
{
    public sealed record FeedItem(string Id, string Title, Uri? Link, DateOnly? Published, string Summary, string? FeedTitle);

    public static bool LooksLikeFeed(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<FeedItem> Read(byte[] bytes)
    {
        using var xml = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
        var feed = SyndicationFeed.Load(xml);
        return feed.Items.Select(i =>
        {
            var link = i.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? i.Links.FirstOrDefault()?.Uri;
            var date = i.PublishDate != default ? i.PublishDate : i.LastUpdatedTime;
            var summary = i.Summary?.Text ?? (i.Content as TextSyndicationContent)?.Text ?? "";
            if (summary.Contains('<')) summary = HtmlText.Extract("<html><body><p>" + summary + "</p></body></html>").Text;
            return new FeedItem(i.Id ?? link?.ToString() ?? i.Title?.Text ?? "", i.Title?.Text ?? "", link,
                date == default ? null : DateOnly.FromDateTime(date.UtcDateTime), summary, feed.Title?.Text);
        }).ToList();
    }
}
