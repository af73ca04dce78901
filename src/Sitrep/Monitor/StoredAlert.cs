namespace Sitrep.Monitor;

/// <summary>A fired alert as stored: the rule, the event, where it went and how its delivery went.</summary>
/// <param name="Status">pending (being delivered), delivered, failed (retries spent), or stored (the rule has no target).</param>
public sealed record StoredAlert(
    long Id,
    string Rule,
    string EventId,
    DateTimeOffset FiredAt,
    string? Target,
    string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    string Payload);
