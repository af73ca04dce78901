namespace Sitrep.Monitor;

/// <summary>One source a watcher polls: an RSS/Atom feed, or a page whose links on its own host are articles.</summary>
/// <param name="Name">Unique within the source list; the store keys the source's health, lease and seen items by it.</param>
/// <param name="Url">The feed or page (http or https).</param>
/// <param name="Country">The country to assume for documents that name none, when given.</param>
/// <param name="Language">The language of its documents (a code such as <c>fr</c>), when given; else detected.</param>
/// <param name="Every">How long to wait between two polls of it when all goes well.</param>
/// <param name="Enabled">A disabled source is kept in the list but never polled.</param>
/// <param name="Line">The line of the source list where it starts, for messages about it.</param>
public sealed record WatchedSource(string Name, Uri Url, string? Country, string? Language, TimeSpan Every, bool Enabled, int Line);
