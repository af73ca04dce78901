using System.Text.Json.Serialization;

namespace Sitrep.Events;

/// <summary>One report an event was coded from.</summary>
public sealed record SourceRef(
    [property: JsonPropertyName("doc_id")] string DocId,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("published")] DateOnly? Published);
