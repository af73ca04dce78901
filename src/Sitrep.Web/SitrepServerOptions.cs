namespace Sitrep.Web;

/// <summary>
/// What the server serves: a store, the coding resources for POSTed documents, and the API key that allows POSTs;
/// <paramref name="Log"/>: request and error lines on stderr (the tests' in-process servers run without);
/// <paramref name="Watch"/>: the sources it polls in the background (<c>serve --watch</c>).
/// </summary>
public sealed record SitrepServerOptions(string Store, string? ApiKey, string? DataDirectory = null, bool Log = false, Sitrep.Monitor.WatchConfig? Watch = null);
