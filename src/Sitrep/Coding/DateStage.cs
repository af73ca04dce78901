using Sitrep.Events;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Finds dates and resolves them against the publication date: "22 June 2018", "June 22",
/// "2018-06-22", "on Friday" (the last Friday on or before publication), "yesterday",
/// "last week" (precision 2), "in May" or "last month" (precision 3, the month's 15th).
/// A date without a year takes the publication's year, or the year before when that
/// would put it after publication. Without a publication date, relative dates and
/// dates without a year are not resolved: nothing is guessed from today's clock.
/// A date in the story's dateline is the day it was filed, a report date; one after "since" starts a period.
/// </summary>
public sealed partial class DateStage : ICodingStage
{
    public string Name => "dates";
    public Annotation Needs => Annotation.Sentences | Annotation.Structure;
    public Annotation Sets => Annotation.Dates;


    [GeneratedRegex(@"^(\d{1,2})(st|nd|rd|th)$")]
    private static partial Regex Ordinal();

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var lex = resources.Lexicon;
        var tokens = doc.Tokens;
        var published = doc.Document.Published;
        var found = ImmutableArray.CreateBuilder<DateMention>();
        foreach (var s in doc.Sentences)
        {
            for (int i = s.FirstToken; i < s.EndToken;)
            {
                var r = MatchAt(lex, tokens, i, s.EndToken, published);
                if (r is not { } m) { i++; continue; }
                // "dans la nuit de samedi à dimanche", "overnight on Saturday": a day told relative to publication that the
                // date right after it names is that date's night or morning; the date speaks, not the count from publication.
                // So does the date a weekday introduces ("le vendredi 10 novembre", "on Friday, Nov. 10").
                if (DateFollows(lex, tokens, i, m.End, s.EndToken, published)) { i = m.End; continue; }
                bool report = Cues.RoleBefore(lex.Discourse, tokens, s.FirstToken, i, 5) == DiscourseRole.Report
                    // "As reported on 21 March": the report is the only date the text has for the event.
                    && !lex.Words.PhraseAt(WordClass.ReportOpener, tokens, s.FirstToken, s.EndToken);
                var span = new TextSpan(tokens[i].Span.Start, tokens[m.End - 1].Span.End);
                // A dateline's date ("KABUL, March 3 (Reuters) -", a line of only a date) is when the story was filed.
                report |= doc.IsIn(NewsPartKind.Dateline, span);
                found.Add(new DateMention(span, s.Index, i, m.Date, m.Precision, report, m.Explicit) { IsPeriodStart = After(lex, tokens, s.FirstToken, i, CalendarWordKind.PeriodStart) });
                i = m.End;
            }
        }
        return doc with { Dates = found.ToImmutable() };
    }

    private readonly record struct Match(int End, DateOnly Date, TimePrecision Precision, bool Explicit);

    private static Match? MatchAt(Lexicon lex, IReadOnlyList<Token> t, int i, int end, DateOnly? published)
    {
        // ISO: 2018-06-22 (tokens 2018 - 06 - 22)
        if (i + 4 < end && IsNum(t[i], 4) && t[i + 1].Folded == "-" && IsNum(t[i + 2], 1, 2) && t[i + 3].Folded == "-" && IsNum(t[i + 4], 1, 2)
            && TryDate(Num(t[i]), Num(t[i + 2]), Num(t[i + 4]), out var iso))
            return new Match(i + 5, iso, TimePrecision.Day, true);

        int? day = Day(t[i]);
        // 22 June [2018]
        if (day is int d1 && i + 1 < end && Month(lex, t, i + 1, end) is (int m1, int mlen1))
        {
            int j = i + 1 + mlen1;
            if (j < end && t[j].Folded == ",") j++;
            int? year = j < end && IsNum(t[j], 4) ? Num(t[j]) : null;
            return WithYear(d1, m1, year, year is null ? i + 1 + mlen1 : j + 1, published);
        }
        if (Month(lex, t, i, end) is (int month, int mlen))
        {
            int j = i + mlen;
            // June 22[,] [2018]
            if (j < end && Day(t[j]) is int d2)
            {
                int k = j + 1;
                if (k < end && t[k].Folded == ",") k++;
                int? year = k < end && IsNum(t[k], 4) ? Num(t[k]) : null;
                return WithYear(d2, month, year, year is null ? j + 1 : k + 1, published);
            }
            // June 2018: only the month
            if (j < end && IsNum(t[j], 4) && TryDate(Num(t[j]), month, 15, out var mid))
                return new Match(j + 1, mid, TimePrecision.Month, true);
            // "in June", "depuis mars": only the month, year from publication. "may" in lower case is too often the verb.
            if (i > 0 && IsCalendar(lex, t, i - 1, CalendarWordKind.MonthPrefix) && (t[i].IsCapitalized || !lex.Words.Has(WordClass.AmbiguousMonth, t[i].Folded)) && published is DateOnly p)
            {
                int y = month > p.Month ? p.Year - 1 : p.Year;
                return new Match(j, new DateOnly(y, month, 15), TimePrecision.Month, true);
            }
            return null;
        }
        var (len, words) = lex.Calendar.MatchAt(t, i, end);
        if (len == 0 || published is not DateOnly pub) return null;
        var w = words[0];
        switch (w.Kind)
        {
            case CalendarWordKind.Weekday:
                int back = ((int)pub.DayOfWeek + 6) % 7 + 1 - w.Value; // ISO weekday of publication minus the word's
                if (back < 0) back += 7;
                // "last Friday" when published on a Friday means a week before.
                if (back == 0 && i > 0 && lex.Words.Has(WordClass.Previous, t[i - 1].Folded)) back = 7;
                return new Match(i + len, pub.AddDays(-back), TimePrecision.Day, false);
            case CalendarWordKind.Day:
                return new Match(i + len, pub.AddDays(w.Value), TimePrecision.Day, false);
            case CalendarWordKind.Week:
                return new Match(i + len, pub.AddDays(7 * w.Value), TimePrecision.Week, false);
            case CalendarWordKind.Weekend:
                // Days back from publication to the latest Saturday on or before it (ISO: Saturday is 6).
                int toSaturday = (((int)pub.DayOfWeek + 6) % 7 + 1 - 6 + 7) % 7;
                bool duringWeekend = toSaturday <= 1;
                return new Match(i + len, pub.AddDays(-toSaturday - (w.Value < 0 && duringWeekend ? 7 : 0)), TimePrecision.Week, false);
            case CalendarWordKind.MonthOffset:
                var first = new DateOnly(pub.Year, pub.Month, 1).AddMonths(w.Value);
                return new Match(i + len, first.AddDays(14), TimePrecision.Month, false);
            default:
                return null;
        }
    }

    /// <summary>The most words between a relative day ("dans la nuit", "overnight") and the date it is told of ("du 11 au 12 juin").</summary>
    private const int NightOfGap = 3;

    /// <summary>
    /// Whether the date found from <paramref name="start"/> to <paramref name="end"/> is a day counted from publication
    /// ("dans la nuit", "overnight") that another date follows within <see cref="NightOfGap"/> words, with no punctuation
    /// between; or a weekday that a date naming its day follows at once, or after a comma ("vendredi 10 novembre").
    /// </summary>
    private static bool DateFollows(Lexicon lex, IReadOnlyList<Token> t, int start, int end, int sentenceEnd, DateOnly? published)
    {
        var (len, words) = lex.Calendar.MatchAt(t, start, sentenceEnd);
        if (len == 0) return false;
        if (words.Any(w => w.Kind == CalendarWordKind.Weekday))
        {
            int next = end < sentenceEnd && t[end].Folded == "," ? end + 1 : end;
            return next < sentenceEnd && MatchAt(lex, t, next, sentenceEnd, published) is { Explicit: true };
        }
        if (!words.Any(w => w.Kind == CalendarWordKind.Day)) return false;
        for (int k = end; k < Math.Min(sentenceEnd, end + NightOfGap + 1); k++)
        {
            if (t[k].IsPunct) return false;
            if (MatchAt(lex, t, k, sentenceEnd, published) is not null) return true;
        }
        return false;
    }

    internal static bool IsCalendar(Lexicon lex, IReadOnlyList<Token> t, int i, CalendarWordKind kind)
    {
        var (len, words) = lex.Calendar.MatchAt(t, i, i + 1);
        return len == 1 && words.Any(w => w.Kind == kind);
    }

    /// <summary>Whether a word of <paramref name="kind"/> stands before <paramref name="at"/>, over month prefixes between ("since early July").</summary>
    private static bool After(Lexicon lex, IReadOnlyList<Token> t, int sentenceStart, int at, CalendarWordKind kind)
    {
        for (int k = at - 1; k >= Math.Max(sentenceStart, at - 3); k--)
        {
            if (IsCalendar(lex, t, k, kind)) return true;
            if (!IsCalendar(lex, t, k, CalendarWordKind.MonthPrefix)) return false;
        }
        return false;
    }

    private static Match? WithYear(int day, int month, int? year, int end, DateOnly? published)
    {
        if (year is int y)
            return TryDate(y, month, day, out var d) ? new Match(end, d, TimePrecision.Day, true) : null;
        if (published is not DateOnly p) return null;
        if (!TryDate(p.Year, month, day, out var date)) return null;
        // A date well after publication is last year's ("on December 30" in a January story).
        if (date > p.AddDays(2) && TryDate(p.Year - 1, month, day, out var earlier)) date = earlier;
        return new Match(end, date, TimePrecision.Day, true);
    }

    private static (int Month, int Length)? Month(Lexicon lex, IReadOnlyList<Token> t, int i, int end)
    {
        if (!t[i].IsWord) return null;
        var (len, words) = lex.Calendar.MatchAt(t, i, end);
        if (len == 0 || words[0].Kind != CalendarWordKind.Month) return null;
        // "Jan." abbreviations: skip the full stop.
        int l = len;
        if (i + l < end && t[i + l].Folded == "." && t[i].Folded.Length <= 4) l++;
        return (words[0].Value, l);
    }

    private static int? Day(Token t)
    {
        if (t.IsBareNumber && t.Folded.Length <= 2 && int.TryParse(t.Folded, out var d) && d is >= 1 and <= 31) return d;
        var m = Ordinal().Match(t.Folded);
        return m.Success ? int.Parse(m.Groups[1].Value) : null;
    }

    private static bool IsNum(Token t, int min, int max = -1) =>
        t.IsBareNumber && t.Folded.Length >= min && t.Folded.Length <= (max < 0 ? min : max);

    private static int Num(Token t) => int.Parse(t.Folded);

    private static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }
}
