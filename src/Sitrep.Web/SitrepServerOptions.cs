namespace Sitrep.Web;

/// <summary>What the server serves: a store, the coding resources for POSTed documents, and the API key that allows POSTs.</summary>
public sealed record SitrepServerOptions(string Store, string? ApiKey, string? DataDirectory = null);
