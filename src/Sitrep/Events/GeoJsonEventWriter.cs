using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitrep.Events;

/// <summary>
/// Events as a GeoJSON FeatureCollection: a Point per event at [longitude, latitude], every other
/// field in its properties. An event with no coordinates gets a null geometry, as GeoJSON allows.
/// </summary>
public sealed class GeoJsonEventWriter(TextWriter output) : IEventWriter
{
    private int _count;

    public void Write(CodedEvent e)
    {
        var properties = JsonSerializer.SerializeToNode(e, EventJson.Compact)!.AsObject();
        JsonNode? geometry = e.Latitude is double lat && e.Longitude is double lon
            ? new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) }
            : null;
        var feature = new JsonObject { ["type"] = "Feature", ["id"] = e.EventId, ["geometry"] = geometry, ["properties"] = properties };
        output.Write(_count == 0 ? "{\"type\":\"FeatureCollection\",\"features\":[\n" : ",\n");
        output.Write(feature.ToJsonString(EventJson.Compact));
        _count++;
    }

    public void Complete()
    {
        output.WriteLine(_count == 0 ? "{\"type\":\"FeatureCollection\",\"features\":[]}" : "\n]}");
        output.Flush();
    }
}
