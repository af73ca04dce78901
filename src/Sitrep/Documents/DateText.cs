using System.Globalization;

namespace Sitrep.Documents;

/// <summary>
/// The one reader of dates given as data (a document's publication date, an ACLED export's event_date, a query's
/// bounds), not as prose: the forms ACLED's exports write (2020-05-09, 9 May 2020, 09 May 2020, 9-May-20,
/// 9-May-2020, 2020/05/09) and date-times in ISO 8601 or RFC 1123, read in UTC. An all-digit day-month order
/// ("05/09/2020") is refused: it is May or September depending on who wrote it. So is a date outside
/// <see cref="Earliest"/>..<see cref="Latest"/>: no report of political violence is dated there, and the
/// coder's arithmetic on dates (a week before, the Friday after) must never leave the calendar.
/// </summary>
public static class DateText
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "d-MMM-yy", "dd-MMM-yy", "d-MMMM-yyyy", "d-MMM-yyyy"];

    /// <summary>The first date read as data.</summary>
    public static readonly DateOnly Earliest = new(1800, 1, 1);

    /// <summary>The last date read as data.</summary>
    public static readonly DateOnly Latest = new(2199, 12, 31);

    /// <summary>What a message about a date that was refused says was expected.</summary>
    public const string Expected = "a date such as 2018-06-29, from the year 1800 to 2199";

    /// <summary>Whether a date lies in the range dates given as data may take.</summary>
    public static bool InRange(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>The date, when it is in range; else null (a page's or a feed's own date that is plainly wrong).</summary>
    public static DateOnly? InRangeOrNull(DateOnly? date) => date is DateOnly d && InRange(d) ? d : null;

    public static bool TryParse(string s, out DateOnly date)
    {
        if (TryParseAny(s, out date) && InRange(date)) return true;
        date = default;
        return false;
    }

    private static bool TryParseAny(string s, out DateOnly date)
    {
        s = s.Trim();
        if (DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        bool isoOrNamedMonth = s.Length >= 10 && char.IsAsciiDigit(s[0]) && s[4] == '-' || s.Any(char.IsAsciiLetter);
        if (isoOrNamedMonth && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            date = DateOnly.FromDateTime(dto.UtcDateTime);
            return true;
        }
        date = default;
        return false;
    }
}
