using System.Globalization;

namespace Sitrep.Documents;

/// <summary>
/// The one reader of dates given as data (a document's publication date, an ACLED export's event_date, a query's
/// bounds), not as prose: the forms ACLED's exports write (2020-05-09, 9 May 2020, 09 May 2020, 9-May-20,
/// 9-May-2020, 2020/05/09) and date-times in ISO 8601 or RFC 1123, read in UTC. An all-digit day-month order
/// ("05/09/2020") is refused: it is May or September depending on who wrote it.
/// </summary>
public static class DateText
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd", "yyyy/MM/dd", "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "d-MMM-yy", "dd-MMM-yy", "d-MMMM-yyyy", "d-MMM-yyyy"];

    public static bool TryParse(string s, out DateOnly date)
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
