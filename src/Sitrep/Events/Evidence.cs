using System.Text.Json.Serialization;

namespace Sitrep.Events;

/// <summary>
/// The text a coded field rests on: <c>[Start, End)</c> character offsets into the
/// document's text as stored, and that text, so a reader can check the coding.
/// </summary>
public sealed record Evidence(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("doc_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DocId = null);
