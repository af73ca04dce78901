using Sitrep.Documents;

namespace Sitrep.Ingest;

/// <summary>
/// Turns what a user gives <c>sitrep ingest</c> into documents: files, folders and JSONL as extract reads
/// them; RSS/Atom feeds (a file, or a URL) whose items' pages are fetched and reduced to their main text;
/// and plain http(s) URLs of article pages. Item pages off the feed's site (<see cref="SameSite"/>: another host,
/// another port, another scheme than http or https) are not fetched: the feed's own summary stands in for them.
/// A feed is read one item at a time, and an item that cannot be read is one error; the items after it are read.
/// </summary>
public sealed class IngestSources(WebFetcher fetcher, ReadOptions options)
{
    public IEnumerable<ReadResult> Read(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                foreach (var r in ReadUrl(uri)) yield return r;
                continue;
            }
            if (File.Exists(input) && Path.GetExtension(input).ToLowerInvariant() is ".xml" or ".rss" or ".atom")
            {
                Stream? file = null;
                string? openError = null;
                try { file = File.OpenRead(input); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { openError = e.Message; }
                if (file is null)
                {
                    yield return ReadResult.Failure(new Problem(ErrorCode.ReadFailed, input, null, openError!));
                    continue;
                }
                using (file)
                    foreach (var r in ReadFeed(file, input, null)) yield return r;
                continue;
            }
            foreach (var r in DocumentReader.Read(input, options)) yield return r;
        }
    }

    private IEnumerable<ReadResult> ReadUrl(Uri uri)
    {
        var (body, type, error) = fetcher.FetchAsync(uri).GetAwaiter().GetResult();
        if (body is null)
        {
            yield return ReadResult.Failure(new Problem(ErrorCode.ReadFailed, uri.ToString(), null, error ?? "no body"));
            yield break;
        }
        if (type is "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" || FeedReader.LooksLikeFeed(body))
        {
            foreach (var r in ReadFeed(new MemoryStream(body), uri.ToString(), uri)) yield return r;
            yield break;
        }
        yield return Page(body, uri, uri.ToString(), null, null);
    }

    private IEnumerable<ReadResult> ReadFeed(Stream body, string name, Uri? feedUri)
    {
        foreach (var entry in FeedReader.ReadEntries(body))
        {
            if (entry.Item is not { } item)
            {
                yield return ReadResult.Failure(new Problem(entry.Ordinal == 0 ? ErrorCode.ReadFailed : ErrorCode.InvalidDate, name, null, entry.Error!));
                continue;
            }
            bool sameSite = item.Link is not null && feedUri is not null && SameSite.Allows(feedUri, item.Link);
            if (sameSite)
            {
                var (page, _, fetchError) = fetcher.FetchAsync(item.Link!).GetAwaiter().GetResult();
                if (page is not null)
                {
                    yield return Page(page, item.Link!, item.Link!.ToString(), item.Published, item.FeedTitle);
                    continue;
                }
                if (string.IsNullOrWhiteSpace(item.Summary))
                {
                    yield return ReadResult.Failure(new Problem(ErrorCode.ReadFailed, item.Link!.ToString(), null, fetchError ?? "no body"));
                    continue;
                }
            }
            var text = string.Join("\n", new[] { item.Title, item.Summary }.Where(t => !string.IsNullOrWhiteSpace(t)));
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return ReadResult.Failure(new Problem(ErrorCode.EmptyInput, name, null, $"feed item '{item.Id}' has no text"));
                continue;
            }
            yield return ReadResult.Success(new Document(item.Link?.ToString() ?? item.Id, text, options.Published ?? item.Published, item.Title, item.Link?.ToString(), item.FeedTitle ?? options.Source, options.Language) { Country = options.Country });
        }
    }

    internal ReadResult Page(byte[] body, Uri url, string id, DateOnly? published, string? outlet)
    {
        var (text, error, detail) = TextDecoder.Decode(body);
        if (error is ErrorCode code) return ReadResult.Failure(new Problem(code, url.ToString(), null, detail));
        var article = HtmlText.Extract(text!, url.ToString());
        if (string.IsNullOrWhiteSpace(article.Text)) return ReadResult.Failure(new Problem(ErrorCode.EmptyInput, url.ToString(), null, "the page has no article text"));
        return ReadResult.Success(new Document(id, article.Text, options.Published ?? published ?? article.Published, article.Title, url.ToString(),
            article.Site ?? outlet ?? options.Source ?? url.Host, options.Language) { Country = options.Country });
    }
}
