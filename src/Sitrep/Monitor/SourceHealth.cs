namespace Sitrep.Monitor;

/// <summary>How a watched source is doing, as the store records it: what <c>sitrep sources</c> and the dashboard show.</summary>
public sealed record SourceHealth(
    string Name,
    string Url,
    TimeSpan Every,
    DateTimeOffset? LastPolled,
    DateTimeOffset? LastSuccess,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    int Failures,
    long Polls,
    long ItemsSeen,
    long EventsFound,
    DateTimeOffset? NextPoll,
    string? LeaseOwner,
    DateTimeOffset? LeaseUntil);
