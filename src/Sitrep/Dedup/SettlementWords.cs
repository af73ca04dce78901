using System.Collections.Immutable;
using Sitrep.Resources;

namespace Sitrep.Dedup;

/// <summary>
/// The phrases that name a settlement before its name, in every shipped language ("le village de", "la commune de",
/// "the village of"): the place cues each language folder's <c>place-cues.tsv</c> marks <c>settlement</c> in its fourth
/// column, folded as <see cref="ReportFeatures.FoldName"/> folds names. The name after one is a place the report tells the event at
/// whether or not the gazetteer knows it: two reports that can only place the event in its region or country, and
/// write the same village so, tell one place.
/// </summary>
public sealed record SettlementWords(ImmutableArray<ImmutableArray<string>> Phrases) : IDedupTable<SettlementWords>
{
    public const string FileName = PlaceCueEntry.FileName;

    public static readonly SettlementWords None = new([]);

    /// <summary>The phrases of the data folder the program runs with.</summary>
    public static SettlementWords Default => DedupData.Shipped<SettlementWords>();

    public static SettlementWords Load(string dataDirectory) =>
        new([.. DedupData.RowsInEachPack(dataDirectory, FileName, 3)
            .Where(r => r.Fields.Length > 3 && r.Fields[3] == PlaceCueEntry.SettlementColumn)
            .Select(r => r.Fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ReportFeatures.FoldName).ToImmutableArray())
            .Where(p => p.Length > 0)]);

    /// <summary>Whether a phrase ends right before position <paramref name="at"/> of <paramref name="words"/> (folded, in text order).</summary>
    public bool EndsBefore(IReadOnlyList<string> words, int at) =>
        Phrases.Any(p => at - p.Length >= 0 && Enumerable.Range(0, p.Length).All(k => words[at - p.Length + k] == p[k]));
}
