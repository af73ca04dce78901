namespace Sitrep.Resources;

/// <summary>A calendar word from calendar.tsv: a month, a weekday, or a day/week/month relative to publication.</summary>
public sealed record CalendarWord(string Phrase, CalendarWordKind Kind, int Value);

public enum CalendarWordKind
{
    Month,
    Weekday,
    Day,
    Week,
    MonthOffset,
    /// <summary>
    /// A weekend relative to publication ("last weekend", "le week-end"): its Saturday, at precision 2. Value 0 is
    /// the latest weekend begun by publication; -1 the one before when publication falls on a weekend, else the same.
    /// </summary>
    Weekend,
    /// <summary>A word before a month's name that makes it the month, not a verb or a march: "in", "early", "last".</summary>
    MonthPrefix,
    /// <summary>A word before a date that makes it the start of a period ("since"): not when the event happened.</summary>
    PeriodStart,
}
