using System.Collections.Immutable;
using Sitrep.Resources;

namespace Sitrep.Dedup;

/// <summary>
/// The phrases by which a report says it is one of several events cut from one source report (ACLED's notes:
/// "Fatalities are split across 3 events", "spread between 2 locations"), read from <c>data/acled/dedup-split.tsv</c>.
/// ACLED codes one event per location and day, so a report of fighting in three districts becomes three events
/// whose notes are the same text but for each one's share of the toll: two such parts are never one event, however
/// alike they read. A pattern is words separated by spaces; a word may list alternatives with '|', and '#' stands
/// for any one word (a figure or a number written out). Words are compared folded, as <see cref="ReportFeatures.FoldName"/> folds them.
/// </summary>
public sealed record SplitPhrases(ImmutableArray<ImmutableArray<ImmutableHashSet<string>>> Patterns) : IDedupTable<SplitPhrases>
{
    public const string FileName = "acled/dedup-split.tsv";

    public static readonly SplitPhrases None = new([]);

    /// <summary>The phrases of the data folder the program runs with.</summary>
    public static SplitPhrases Default => DedupData.Shipped<SplitPhrases>();

    /// <summary>Reads the phrases; a data folder without the file has none.</summary>
    public static SplitPhrases Load(string dataDirectory)
    {
        var patterns = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableHashSet<string>>>();
        foreach (var (path, line, fields) in DedupData.Rows(dataDirectory, FileName))
        {
            var words = fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w == "#" ? [] : w.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(ReportFeatures.FoldName).ToImmutableHashSet(StringComparer.Ordinal))
                .ToImmutableArray();
            if (words.Length == 0 || words[0].IsEmpty) throw new ResourceFormatException(path, line, "a split phrase must begin with a word, not '#'");
            patterns.Add(words);
        }
        return new SplitPhrases(patterns.ToImmutable());
    }

    /// <summary>Whether a pattern matches at some position of <paramref name="words"/> (folded, in text order).</summary>
    public bool FoundIn(IReadOnlyList<string> words)
    {
        foreach (var pattern in Patterns)
            for (int i = 0; i + pattern.Length <= words.Count; i++)
            {
                int k = 0;
                while (k < pattern.Length && (pattern[k].IsEmpty || pattern[k].Contains(words[i + k]))) k++;
                if (k == pattern.Length) return true;
            }
        return false;
    }
}
