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
        var v = value.Trim();
        return EventTaxonomy.Canonical(v)
            ?? EventTaxonomy.SubEventTypes.Select(EventTaxonomy.EventTypeOf).Distinct().FirstOrDefault(t => t.Equals(v, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The sub-event type in ACLED's spelling; null when it is not one.</summary>
    public static string? CanonicalSubType(string value) => EventTaxonomy.Canonical(value);

    public static string UnknownType(string name, string value) => $"{name}: {UnknownTypeDetail(value)}";

    public static string UnknownTypeDetail(string value) =>
        $"'{value}' is not an ACLED event type ({string.Join(", ", EventTaxonomy.SubEventTypes.Select(EventTaxonomy.EventTypeOf).Distinct())}) or sub-event type";
}
