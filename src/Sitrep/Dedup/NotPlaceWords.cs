using System.Collections.Immutable;

namespace Sitrep.Dedup;

/// <summary>
/// Capitalised words that are never a place beside the coded one, in any shipped language: the words of a country's
/// name ("Tchad", "Mali", "Burkina") and a demonym ("Rwandan", "malienne"). A French report that writes "au Tchad"
/// beside N'Djamena names the country, not a second place that an English report of the event would have to mention.
/// Read from the data folder: <c>countries.tsv</c> (ACLED's names) and every <c>&lt;lang&gt;/countries.tsv</c>
/// (names, and demonyms whose trailing <c>*</c> matches any ending), folded as <see cref="ReportFeatures.FoldName"/> folds names.
/// A word for a person or a title (every <c>&lt;lang&gt;/person-nouns.txt</c> and <c>&lt;lang&gt;/title-words.txt</c>: "President",
/// "Governor", "General") is no place either: "President X was shot at his home" names the man's office, not a second place.
/// Words of direction and the other words a language never looks up as places stay: "the North Zone" and "the West
/// Zone" of a city, an observer mission's name beside one village, are what set two events of one city apart.
/// </summary>
public sealed record NotPlaceWords(ImmutableHashSet<string> Words, ImmutableArray<string> Stems) : IDedupTable<NotPlaceWords>
{
    public static readonly NotPlaceWords None = new([], []);

    /// <summary>
    /// The packs' generic words (place-stopwords: "eastern", "north", "central"): one of them right before a country's
    /// name or a coded word qualifies that ("eastern Congo", "northern Mali"), and names no place of its own.
    /// </summary>
    public ImmutableHashSet<string> Generic { get; init; } = [];

    /// <summary>The words of the data folder the program runs with.</summary>
    public static NotPlaceWords Default => DedupData.Shipped<NotPlaceWords>();

    /// <summary>Whether a folded name is one of the words, or begins with one of the stems.</summary>
    public bool Contains(string folded) => Words.Contains(folded) || Stems.Any(s => folded.StartsWith(s, StringComparison.Ordinal));

    /// <summary>The pack files whose words name a person or a person's title: <c>person-nouns.txt</c> (the coder's) and <c>title-words.txt</c>.</summary>
    public static readonly string[] PersonFiles = ["person-nouns.txt", "title-words.txt"];

    public static NotPlaceWords Load(string dataDirectory)
    {
        var words = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var stems = new SortedSet<string>(StringComparer.Ordinal);
        // The generic words of the packs (north, central, republic) are no country's own: "South Sudan" gives "sudan".
        // Read as the Lexicon reads its place-stopwords (TsvFile: comments and blank lines skipped, first field).
        var generic = DedupData.RowsInEachPack(dataDirectory, "place-stopwords.txt").Select(r => ReportFeatures.FoldName(r.Fields[0])).ToHashSet(StringComparer.Ordinal);
        void AddName(string name)
        {
            foreach (var w in ReportFeatures.NameWords(name).Where(w => !generic.Contains(w))) words.Add(w);
        }
        void AddWord(string word)
        {
            bool stem = word.EndsWith('*');
            var folded = ReportFeatures.FoldName(word.TrimEnd('*').Trim());
            if (folded.Length == 0) return;
            if (stem) stems.Add(folded); else words.Add(folded);
        }
        foreach (var (_, _, f) in DedupData.Rows(dataDirectory, "countries.tsv", 2)) AddName(f[1]);
        foreach (var (_, _, f) in DedupData.RowsInEachPack(dataDirectory, "countries.tsv"))
        {
            // Names are capitalised words ("République centrafricaine"); a demonym is one word or a stem.
            if (f.Length > 1) foreach (var name in f[1].Split(';', StringSplitOptions.RemoveEmptyEntries)) AddName(char.ToUpperInvariant(name.Trim()[0]) + name.Trim()[1..]);
            if (f.Length > 2) foreach (var d in f[2].Split(';', StringSplitOptions.RemoveEmptyEntries)) AddWord(d);
        }
        // A person's office or rank ("President", "Minister", "Colonel") is no place; a person noun is read as the coder reads it, singular.
        foreach (var file in PersonFiles)
            foreach (var (_, _, f) in DedupData.RowsInEachPack(dataDirectory, file)) AddWord(f[0]);
        return new NotPlaceWords(words.ToImmutable(), [.. stems]) { Generic = [.. generic] };
    }
}
