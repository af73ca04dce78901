using System.Collections.Immutable;

namespace Sitrep.Dedup;

/// <summary>
/// Words of time as the matcher needs them, in every shipped language: the names of months and weekdays, which are
/// written with a capital but name no place, person or group ("Thursday", "December": the day is weighed on its own,
/// so two reports dated alike must not also count it as a shared name), and the words that put an event in the night
/// ("overnight", "dans la nuit"), which straddles two dates: one outlet dates a night attack by its evening, another by
/// its morning. Read from each language folder's <c>calendar.tsv</c> (its month and weekday rows) and <c>night-words.txt</c>,
/// folded as <see cref="ReportFeatures.FoldName"/> folds names.
/// </summary>
public sealed record TimeWords(ImmutableHashSet<string> Calendar, ImmutableHashSet<string> Night) : IDedupTable<TimeWords>
{
    public static readonly TimeWords None = new([], []);

    /// <summary>The words of the data folder the program runs with.</summary>
    public static TimeWords Default => DedupData.Shipped<TimeWords>();

    public static TimeWords Load(string dataDirectory)
    {
        var calendar = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var (_, _, f) in DedupData.RowsInEachPack(dataDirectory, "calendar.tsv", 2))
            // One word a row: a month or a weekday, the words a capital makes look like a name.
            if (f[1] is "month" or "weekday" && !f[0].Contains(' ')) calendar.Add(ReportFeatures.FoldName(f[0].Trim()));
        var night = DedupData.RowsInEachPack(dataDirectory, "night-words.txt").Select(r => ReportFeatures.FoldName(r.Fields[0].Trim()));
        return new TimeWords(calendar.ToImmutable(), night.ToImmutableHashSet(StringComparer.Ordinal));
    }
}
