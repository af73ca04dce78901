using System.Collections.Immutable;
using Sitrep.Resources;

namespace Sitrep.Dedup;

/// <summary>
/// Words of time as the matcher needs them, in every shipped language: the names of months and weekdays, which are
/// written with a capital but name no place, person or group ("Thursday", "December": the day is weighed on its own,
/// so two reports dated alike must not also count it as a shared name), and the words that put an event in the night
/// ("overnight", "dans la nuit"), which straddles two dates: one outlet dates a night attack by its evening, another by
/// its morning. Read from each language folder's <c>calendar.tsv</c> (its month and weekday rows) and <c>night-words.txt</c>,
/// folded as <see cref="ReportFeatures.FoldName"/> folds names.
/// </summary>
public sealed record TimeWords(ImmutableHashSet<string> Calendar, ImmutableHashSet<string> Night)
{
    public static readonly TimeWords None = new([], []);

    private static readonly Lazy<TimeWords> Shipped = new(() => Load(CodingResources.DefaultDataDirectory()));

    /// <summary>The words of the data folder the program runs with.</summary>
    public static TimeWords Default => Shipped.Value;

    public static TimeWords Load(string dataDirectory)
    {
        var calendar = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var night = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (!Directory.Exists(dataDirectory)) return None;
        foreach (var pack in Directory.EnumerateDirectories(dataDirectory).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(pack, "calendar.tsv");
            if (File.Exists(path))
                foreach (var (_, f) in TsvFile.Read(path, 2))
                    // One word a row: a month or a weekday, the words a capital makes look like a name.
                    if (f[1] is "month" or "weekday" && !f[0].Contains(' ')) calendar.Add(ReportFeatures.FoldName(f[0].Trim()));
            path = Path.Combine(pack, "night-words.txt");
            if (File.Exists(path))
                foreach (var (_, f) in TsvFile.Read(path, 1)) night.Add(ReportFeatures.FoldName(f[0].Trim()));
        }
        return new TimeWords(calendar.ToImmutable(), night.ToImmutable());
    }
}
