using System.Text.RegularExpressions;
using Sitrep.Events;
using Sitrep.Gazetteer;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores coded events against ACLED's coding, measure by measure as ../shared/eval/README.md defines
/// them: the first event of a document is its main event; places compare after folding case, accents
/// and doubled letters or at 85% similarity; actors after dropping a trailing year range.
/// </summary>
public static partial class Evaluator
{
    public static readonly string[] MeasureNames =
        ["detected", "event_type", "sub_event_type", "event_date", "fatalities", "country", "admin1", "within_25km", "actor1", "actor2"];

    /// <summary>
    /// The columns of an export the measures compare with: without one of them a measure would score 0% for want of
    /// ACLED's answer, not for a wrong coding, so eval refuses such a file instead.
    /// </summary>
    public static readonly IReadOnlyList<string> NeededColumns =
        ["event_type", "sub_event_type", "event_date", "fatalities", "country", "admin1", "latitude", "longitude", "actor1", "actor2"];

    public static EvaluationReport Score(IReadOnlyList<AcledRow> gold, IReadOnlyDictionary<string, IReadOnlyList<CodedEvent>> coded, int worst = 20)
    {
        var counts = MeasureNames.ToDictionary(m => m, _ => 0);
        var confusion = new Dictionary<(string, string), int>();
        var rows = new List<RowScore>();
        int extra = 0;
        foreach (var g in gold)
        {
            var events = coded.GetValueOrDefault(g.Id) ?? [];
            var wrong = new List<string>();
            void Check(string measure, bool right) { if (right) counts[measure]++; else wrong.Add(measure); }
            if (events.Count == 0)
            {
                wrong.AddRange(MeasureNames);
                confusion[(g.SubEventType, "(none)")] = confusion.GetValueOrDefault((g.SubEventType, "(none)")) + 1;
                rows.Add(new RowScore(g.Id, g.Notes, wrong, g.SubEventType, ""));
                continue;
            }
            counts["detected"]++;
            extra += events.Count - 1;
            var e = events[0];
            Check("event_type", Fold(e.EventType) == Fold(g.EventType));
            Check("sub_event_type", Fold(e.SubEventType) == Fold(g.SubEventType));
            Check("event_date", e.EventDate == g.EventDate);
            Check("fatalities", e.Fatalities == g.Fatalities);
            Check("country", Fold(e.Country) == Fold(g.Country));
            Check("admin1", SamePlace(e.Admin1, g.Admin1));
            Check("within_25km", g.Latitude is double la && g.Longitude is double lo && e.Latitude is double pla && e.Longitude is double plo
                && Geo.Km(la, lo, pla, plo) <= 25);
            Check("actor1", Actor(e.Actor1) == Actor(g.Actor1));
            Check("actor2", Actor(e.Actor2) == Actor(g.Actor2));
            var key = (g.SubEventType, e.SubEventType);
            confusion[key] = confusion.GetValueOrDefault(key) + 1;
            rows.Add(new RowScore(g.Id, g.Notes, wrong, g.SubEventType, e.SubEventType));
        }
        int n = Math.Max(1, gold.Count);
        return new EvaluationReport(
            gold.Count,
            counts.ToDictionary(kv => kv.Key, kv => Math.Round(100.0 * kv.Value / n, 1)),
            Math.Round((double)extra / n, 3),
            confusion,
            rows.OrderByDescending(r => r.Wrong.Count).ThenBy(r => r.Id, StringComparer.Ordinal).Take(worst).ToList());
    }

    [GeneratedRegex(@"[^a-z0-9:/ ]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\(\s*\d{4}\s*-\s*(\d{4})?\s*\)")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(.)\1+")]
    private static partial Regex Doubled();

    /// <summary>Lower case, accents dropped, anything but letters, digits, ':' and '/' a space.</summary>
    public static string Fold(string? s)
    {
        var d = (s ?? "").Normalize(System.Text.NormalizationForm.FormD);
        var noMarks = new string(d.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
        return string.Join(' ', NonWord().Replace(noMarks.ToLowerInvariant(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string Actor(string? s) => Fold(YearRange().Replace(s ?? "", ""));

    public static bool SamePlace(string? a, string? b)
    {
        var x = Doubled().Replace(Fold(a), "$1");
        var y = Doubled().Replace(Fold(b), "$1");
        if (x.Length == 0 || y.Length == 0) return x == y;
        return x == y || SequenceRatio(x, y) >= 0.85;
    }

    /// <summary>Python's difflib ratio: 2·M / (|a| + |b|), M the characters of the matching blocks found recursively.</summary>
    public static double SequenceRatio(string a, string b) => 2.0 * Matches(a, 0, a.Length, b, 0, b.Length) / (a.Length + b.Length);

    private static int Matches(string a, int alo, int ahi, string b, int blo, int bhi)
    {
        int bestI = alo, bestJ = blo, bestK = 0;
        for (int i = alo; i < ahi; i++)
            for (int j = blo; j < bhi; j++)
            {
                int k = 0;
                while (i + k < ahi && j + k < bhi && a[i + k] == b[j + k]) k++;
                if (k > bestK) { bestI = i; bestJ = j; bestK = k; }
            }
        if (bestK == 0) return 0;
        return bestK + Matches(a, alo, bestI, b, blo, bestJ) + Matches(a, bestI + bestK, ahi, b, bestJ + bestK, bhi);
    }
}
