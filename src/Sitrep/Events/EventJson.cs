using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Events;

/// <summary>The one JSON shape of events, shared by the CLI, the store and the API.</summary>
public static class EventJson
{
    public static JsonSerializerOptions Compact { get; } = new()
    {
        // Readable non-ASCII text ("Sévaré"); consumers that embed JSON in HTML must escape it themselves.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonSerializerOptions Indented { get; } = new(Compact) { WriteIndented = true };
}
