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
}
