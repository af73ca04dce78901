using AngleSharp.Html.Parser;
using Sitrep.Documents;
using Sitrep.Ingest;

namespace Sitrep.Monitor;

/// <summary>
/// Reads a watched source through the shared <see cref="WebFetcher"/> (its time-outs, size limit and
/// same-host redirects): a conditional GET of the feed or page, then the item pages, fetched only on the
/// source's own host and port; an item elsewhere is coded from the text the feed gives for it.
/// </summary>
public sealed class SourcePoller(WebFetcher fetcher)
{
    /// <summary>At most this many links of a scanned page are taken as articles: a front page lists its news first.</summary>
    public const int MaxPageLinks = 50;

    private static readonly string[] NotArticles = [".css", ".js", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".pdf", ".zip", ".mp3", ".mp4"];

    public async Task<SourceListing> ListAsync(WatchedSource source, string? etag, string? lastModified, CancellationToken ct)
    {
        var response = await fetcher.FetchAsync(source.Url, etag, lastModified, ct);
        if (response.NotModified) return new SourceListing([], true, etag, lastModified, null);
        if (response.Body is not { } body) return SourceListing.Failed(response.Error ?? "no body");
        IReadOnlyList<FeedReader.FeedItem> items;
        if (response.ContentType is "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" || FeedReader.LooksLikeFeed(body))
        {
            try { items = FeedReader.Read(body); }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException)
            {
                return SourceListing.Failed("not an RSS or Atom feed: " + e.Message.Split('\n')[0]);
            }
        }
        else
        {
            var (text, error, detail) = TextDecoder.Decode(body);
            if (error is not null) return SourceListing.Failed(detail);
            items = PageLinks(text!, source.Url);
        }
        return new SourceListing(items, false, response.ETag, response.LastModified, null);
    }

    /// <summary>The links of a page that may be articles: on its own host and port, not the page itself, not a style sheet or picture.</summary>
    public static IReadOnlyList<FeedReader.FeedItem> PageLinks(string html, Uri page)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var seen = new HashSet<string>(StringComparer.Ordinal) { page.GetLeftPart(UriPartial.Query) };
        var items = new List<FeedReader.FeedItem>();
        foreach (var a in doc.QuerySelectorAll("a[href]"))
        {
            if (!Uri.TryCreate(page, a.GetAttribute("href"), out var link) || link.Scheme is not ("http" or "https") || !SameOrigin(link, page)) continue;
            var path = link.AbsolutePath.ToLowerInvariant();
            if (path is "" or "/" || NotArticles.Any(path.EndsWith)) continue;
            var key = link.GetLeftPart(UriPartial.Query);
            if (!seen.Add(key)) continue;
            items.Add(new FeedReader.FeedItem(key, a.TextContent.Trim(), new Uri(key), null, "", null));
            if (items.Count == MaxPageLinks) break;
        }
        return items;
    }

    /// <summary>Same host and port (and so, for the usual ports, the same scheme): what the watcher may fetch for a source.</summary>
    public static bool SameOrigin(Uri a, Uri b) => string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    /// <summary>The document of one item: its page when on the source's own host and port, else (or when the page has no text) the feed's own text.</summary>
    public async Task<ItemRead> ReadAsync(WatchedSource source, FeedReader.FeedItem item, CancellationToken ct)
    {
        var pages = new IngestSources(fetcher, new ReadOptions(Source: source.Name, Language: source.Language));
        var summary = string.Join("\n", new[] { item.Title, item.Summary }.Where(t => !string.IsNullOrWhiteSpace(t)));
        bool hasSummary = !string.IsNullOrWhiteSpace(item.Summary);
        if (item.Link is { } link && SameOrigin(link, source.Url))
        {
            var page = await fetcher.FetchAsync(link, null, null, ct);
            if (page.Body is { } body)
            {
                var read = pages.Page(body, link, link.ToString(), item.Published, source.Name);
                if (read.IsSuccess || !hasSummary) return new ItemRead(read, false);
            }
            else if (!hasSummary)
                return new ItemRead(ReadResult.Failure(new Problem(ErrorCode.ReadFailed, link.ToString(), null, page.Error ?? "no body")), true);
        }
        if (!hasSummary)
            return new ItemRead(ReadResult.Failure(new Problem(ErrorCode.EmptyInput, source.Name, null, $"item '{item.Id}' has no text of its own and its page is not on the source's host")), false);
        return new ItemRead(ReadResult.Success(new Document(item.Link?.ToString() ?? item.Id, summary, item.Published, item.Title, item.Link?.ToString(), source.Name, source.Language)), false);
    }
}
