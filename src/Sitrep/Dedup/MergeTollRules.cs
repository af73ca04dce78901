using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Dedup;

/// <summary>Which of its reports' figures a merged event's toll takes (<see cref="MergeTollRules"/>).</summary>
public enum TollPick
{
    /// <summary>The lowest figure of the reports that count dead.</summary>
    LowestOfAll,
    /// <summary>The highest figure of any report, its own high estimate included.</summary>
    HighestOfAll,
    /// <summary>The lowest figure of the reports published last among those that count dead.</summary>
    LowestOfLatest,
    /// <summary>The highest figure of the reports published last among those that count dead.</summary>
    HighestOfLatest,
}

/// <summary>
/// How a merged event's fatalities, fatalities_low and fatalities_high follow from its reports' figures, read from
/// <c>data/acled/merge-toll.tsv</c> (one named rule a field, with the reason for it): ACLED's conservative figure, revised
/// when later reports revise the toll, and UCDP's low and high estimates across the reports.
/// </summary>
public sealed record MergeTollRules(TollPick Fatalities, TollPick Low, TollPick High) : IDedupTable<MergeTollRules>
{
    public const string FileName = "acled/merge-toll.tsv";

    /// <summary>The rules a data folder without the file keeps: the lowest figure, the lowest, the highest.</summary>
    public static readonly MergeTollRules Conservative = new(TollPick.LowestOfAll, TollPick.LowestOfAll, TollPick.HighestOfAll);

    /// <summary>The rules of the data folder the program runs with.</summary>
    public static MergeTollRules Default => DedupData.Shipped<MergeTollRules>();

    private static readonly ImmutableDictionary<string, TollPick> Picks = new Dictionary<string, TollPick>(StringComparer.Ordinal)
    {
        ["lowest-of-all"] = TollPick.LowestOfAll,
        ["highest-of-all"] = TollPick.HighestOfAll,
        ["lowest-of-latest"] = TollPick.LowestOfLatest,
        ["highest-of-latest"] = TollPick.HighestOfLatest,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Reads the rules; an unknown field or rule, or a field given twice, is an error naming the line.</summary>
    public static MergeTollRules Load(string dataDirectory)
    {
        var rules = Conservative;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, line, fields) in DedupData.Rows(dataDirectory, FileName, minFields: 2))
        {
            if (!Picks.TryGetValue(fields[1], out var pick)) throw new ResourceFormatException(path, line, $"unknown rule '{fields[1]}'");
            if (!seen.Add(fields[0])) throw new ResourceFormatException(path, line, $"field '{fields[0]}' given twice");
            rules = fields[0] switch
            {
                FatalitiesField => rules with { Fatalities = pick },
                LowField => rules with { Low = pick },
                HighField => rules with { High = pick },
                _ => throw new ResourceFormatException(path, line, $"unknown field '{fields[0]}'"),
            };
        }
        return rules;
    }

    private const string FatalitiesField = "fatalities", LowField = "fatalities_low", HighField = "fatalities_high";

    /// <summary>The merged event's fatalities, low and high by the rules, from its reports (0 each when none counts dead).</summary>
    public (int Fatalities, int Low, int High) Of(IReadOnlyList<CodedEvent> reports)
    {
        var counted = reports.Where(r => r.Fatalities > 0).ToList();
        // The reports published last among those that count dead: a report without a date is no later than any.
        var last = counted.Count > 0 ? counted.Max(Published) : DateOnly.MinValue;
        var latest = counted.Where(r => Published(r) == last).ToList();
        int Pick(TollPick p) => p switch
        {
            TollPick.LowestOfAll => counted.Count > 0 ? counted.Min(r => r.Fatalities) : 0,
            TollPick.HighestOfAll => reports.Max(r => Math.Max(r.FatalitiesHigh, r.Fatalities)),
            TollPick.LowestOfLatest => latest.Count > 0 ? latest.Min(r => r.Fatalities) : 0,
            TollPick.HighestOfLatest => latest.Count > 0 ? latest.Max(r => Math.Max(r.FatalitiesHigh, r.Fatalities)) : 0,
            _ => throw new ArgumentOutOfRangeException(nameof(p)),
        };
        int fatalities = Pick(Fatalities);
        // A range holds its figure: the low is never above it, the high never below.
        return (fatalities, Math.Min(Pick(Low), fatalities), Math.Max(Pick(High), fatalities));
    }

    /// <summary>The day a report was published (its own source's), the earliest day when it gives none.</summary>
    private static DateOnly Published(CodedEvent r) =>
        r.Sources.Where(s => s.DocId == r.DocId).Select(s => s.Published).FirstOrDefault() ?? DateOnly.MinValue;
}
