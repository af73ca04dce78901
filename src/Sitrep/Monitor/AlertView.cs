using System.Text.Json;

namespace Sitrep.Monitor;

/// <summary>A stored alert as listings show it (<c>sitrep alerts --json</c>, <c>GET /api/alerts</c>): its delivery, its summary line, and the payload that was sent.</summary>
public sealed record AlertView(long Id, string Rule, string EventId, DateTimeOffset FiredAt, string? Target, string Status, int Attempts,
    string? LastError, DateTimeOffset? DeliveredAt, string? Summary, JsonElement Payload)
{
    public static AlertView From(StoredAlert a)
    {
        var payload = JsonDocument.Parse(a.Payload).RootElement.Clone();
        var summary = payload.TryGetProperty("summary", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        return new AlertView(a.Id, a.Rule, a.EventId, a.FiredAt, a.Target, a.Status, a.Attempts, a.LastError, a.DeliveredAt, summary, payload);
    }
}
