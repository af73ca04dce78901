namespace Sitrep.Storage;

/// <summary>
/// What an analyst's split or merge did: the events it left (for a split, the event the reports left and the one
/// they now form; for a merge, the one event), or why it was refused (an unknown event or report, nothing to split).
/// </summary>
public sealed record CorrectionResult(IReadOnlyList<string> EventIds, string? Refusal, bool UnknownEvent = false)
{
    public bool Succeeded => Refusal is null;

    public static CorrectionResult Done(IReadOnlyList<string> eventIds) => new(eventIds, null);

    public static CorrectionResult Refused(string why) => new([], why);

    public static CorrectionResult NoSuchEvent(string eventId) => new([], $"no event '{eventId}'", UnknownEvent: true);
}
