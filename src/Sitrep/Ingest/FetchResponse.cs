namespace Sitrep.Ingest;

/// <summary>
/// What a (conditional) fetch got: the body, or <see cref="NotModified"/> when the server says the copy the
/// validators name is still current, or why it failed; and the validators (ETag, Last-Modified) to send next time.
/// </summary>
public sealed record FetchResponse(byte[]? Body, string? ContentType, string? Error, bool NotModified = false, string? ETag = null, string? LastModified = null);
