namespace Sitrep.Monitor;

/// <summary>What one poll of a source did: the new items and the reports coded from them, the validators to send next time, or the error.</summary>
public sealed record PollOutcome(int NewItems, int Reports, string? ETag, string? LastModified, string? Error)
{
    public bool Failed => Error is not null;
}
