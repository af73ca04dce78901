namespace Sitrep.Events;

/// <summary>
/// ACLED's time precision: how closely the date of an event is known. Written as its number (1, 2, 3) in every wire
/// format; the order matters, a greater value being a coarser date.
/// </summary>
public enum TimePrecision
{
    /// <summary>1: the day itself is known.</summary>
    Day = 1,
    /// <summary>2: a few days or a week ("last week", "over the weekend"), or only the report's date.</summary>
    Week = 2,
    /// <summary>3: only the month (or less) is known.</summary>
    Month = 3,
}
