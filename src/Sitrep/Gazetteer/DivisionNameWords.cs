using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Gazetteer;

/// <summary>
/// The words around a division's name that the name is also found without, read from
/// <c>data/gazetteer/division-name-words.tsv</c>: words for a kind of division dropped from either end ("Kandahar
/// District", "Province de la Tapoa"), articles ("Al Anbar"), and abbreviations also written out ("St. James").
/// The gazetteer indexes every division and alias under <see cref="Keys"/>.
/// </summary>
public sealed class DivisionNameWords
{
    /// <summary>The table's place in a data folder.</summary>
    public static readonly string FileName = Path.Combine("gazetteer", "division-name-words.tsv");

    private const string DivisionKind = "division";
    private const string ArticleKind = "article";
    private const string AbbreviationKind = "abbreviation";

    /// <summary>A name left this short once its division words are dropped is not a key of its own.</summary>
    private const int MinStrippedLength = 3;

    // Longest first, so "province de la" is dropped before "province".
    private readonly string[] _suffixes;
    private readonly string[] _prefixes;
    private readonly string[] _articles;
    private readonly (string Short, string Full)[] _abbreviations;

    private static readonly Lazy<DivisionNameWords> Shipped = new(() => Load(CodingResources.DefaultDataDirectory()));

    /// <summary>The table of the data folder the program runs with, read on first use.</summary>
    public static DivisionNameWords Default => Shipped.Value;

    /// <summary>No words: a division is found under its folded name only.</summary>
    public static DivisionNameWords None { get; } = new([], [], []);

    private DivisionNameWords(List<string> divisionWords, List<string> articles, List<(string, string)> abbreviations)
    {
        var longest = divisionWords.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToArray();
        _suffixes = longest.Select(w => " " + w).ToArray();
        _prefixes = longest.Select(w => w + " ").ToArray();
        _articles = articles.Select(a => a + " ").ToArray();
        _abbreviations = abbreviations.Select(a => (a.Item1 + " ", a.Item2 + " ")).ToArray();
    }

    /// <summary>
    /// The table of <paramref name="dataDirectory"/>, or the <see cref="Default"/> one where that folder has none. A row
    /// of an unknown kind, without its words, or an abbreviation without its full word is a
    /// <see cref="ResourceFormatException"/> naming the file and line.
    /// </summary>
    public static DivisionNameWords Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path) && Path.GetFullPath(dataDirectory) != Path.GetFullPath(CodingResources.DefaultDataDirectory())) return Default;
        return Read(path);
    }

    /// <summary>The table of one file.</summary>
    public static DivisionNameWords Read(string path)
    {
        List<string> divisions = [], articles = [];
        List<(string, string)> abbreviations = [];
        foreach (var (line, f) in TsvFile.Read(path, 2))
        {
            var words = TextFold.Fold(f[1]);
            if (words.Length == 0) throw new ResourceFormatException(path, line, "the words are empty");
            switch (f[0])
            {
                case DivisionKind: divisions.Add(words); break;
                case ArticleKind: articles.Add(words); break;
                case AbbreviationKind:
                    var full = f.Length > 2 ? TextFold.Fold(f[2]) : "";
                    if (full.Length == 0) throw new ResourceFormatException(path, line, "an abbreviation needs its full word in the third column");
                    abbreviations.Add((words, full));
                    break;
                default:
                    throw new ResourceFormatException(path, line, $"'{f[0]}' is not a kind ({DivisionKind}, {ArticleKind} or {AbbreviationKind})");
            }
        }
        return new DivisionNameWords(divisions, articles, abbreviations);
    }

    /// <summary>
    /// A division's folded name, then the same without its article, without the division words around it, and with an
    /// abbreviation written out ("Al Anbar Governorate": "al anbar governorate", "anbar", "al anbar").
    /// </summary>
    public IEnumerable<string> Keys(string name)
    {
        var folded = TextFold.Fold(name);
        yield return folded;
        var stripped = folded;
        for (int i = 0; i < _suffixes.Length; i++)
        {
            if (stripped.EndsWith(_suffixes[i], StringComparison.Ordinal)) stripped = stripped[..^_suffixes[i].Length];
            if (stripped.StartsWith(_prefixes[i], StringComparison.Ordinal)) stripped = stripped[_prefixes[i].Length..];
        }
        foreach (var article in _articles)
            if (stripped.StartsWith(article, StringComparison.Ordinal))
            {
                yield return stripped[article.Length..];
                break;
            }
        if (stripped != folded && stripped.Length >= MinStrippedLength) yield return stripped;
        foreach (var (abbreviation, full) in _abbreviations)
            if (stripped.StartsWith(abbreviation, StringComparison.Ordinal)) yield return full + stripped[abbreviation.Length..];
    }
}
