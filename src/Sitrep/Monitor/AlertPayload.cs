using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Events;

namespace Sitrep.Monitor;

/// <summary>
/// What an alert sends (the webhook's JSON body, one line of a <c>file:</c> or <c>stdout:</c> target): the
/// rule's name, a one-line summary, the event as stored at that moment, the evidence its fields rest on and
/// the reports it was coded from.
/// </summary>
public sealed record AlertPayload(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("fired_at")] DateTimeOffset FiredAt,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("event")] CodedEvent Event,
    [property: JsonPropertyName("evidence")] ImmutableArray<Evidence> Evidence,
    [property: JsonPropertyName("sources")] ImmutableArray<SourceRef> Sources)
{
    public static AlertPayload For(AlertRule rule, CodedEvent e, DateTimeOffset now)
    {
        var place = string.Join(", ", new[] { e.Location, e.Admin1, e.Country }.Where(p => !string.IsNullOrEmpty(p)).Distinct());
        var summary = $"{e.SubEventType} ({e.EventType}) in {place}" +
                      (e.EventDate is DateOnly d ? $" on {d:yyyy-MM-dd}" : "") +
                      (e.Fatalities > 0 ? $", {e.Fatalities} killed" : "") +
                      $"; {e.Actor1}" + (e.Actor2.Length > 0 ? $" / {e.Actor2}" : "") +
                      $"; {e.Sources.Length} source{(e.Sources.Length == 1 ? "" : "s")}";
        return new AlertPayload(rule.Name, now, summary, e, e.Evidence, e.Sources);
    }

    public string ToJson() => JsonSerializer.Serialize(this, EventJson.Compact);
}
