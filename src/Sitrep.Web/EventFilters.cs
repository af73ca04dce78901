using Sitrep.Events;

namespace Sitrep.Web;

/// <summary>Filter values the CLI and the API read the same way.</summary>
public static class EventFilters
{
    /// <summary>
    /// An event type or sub-event type in ACLED's spelling, whatever case it was typed in ("battles", "armed clash");
    /// null when it is neither, so that a typo is an error rather than an empty answer.
    /// </summary>
    public static string? CanonicalType(string value)
    {
        return SubEventType.TryParse(value)?.Name ?? EventType.TryParse(value)?.Name;
    }

    /// <summary>The sub-event type in ACLED's spelling; null when it is not one.</summary>
    public static string? CanonicalSubType(string value) => SubEventType.TryParse(value)?.Name;

    public static string UnknownType(string name, string value) => $"{name}: {UnknownTypeDetail(value)}";

    public static string UnknownTypeDetail(string value) =>
        $"'{value}' is not an ACLED event type ({string.Join(", ", EventType.All)}) or sub-event type";
}
