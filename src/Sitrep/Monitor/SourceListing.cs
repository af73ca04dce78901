using Sitrep.Ingest;

namespace Sitrep.Monitor;

/// <summary>What a source offers at one poll: its items (feed entries, or a page's article links), or that it has not changed, or why it could not be read.</summary>
public sealed record SourceListing(IReadOnlyList<FeedReader.FeedItem> Items, bool NotModified, string? ETag, string? LastModified, string? Error)
{
    public static SourceListing Failed(string error) => new([], false, null, null, error);
}
