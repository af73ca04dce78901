using System.Globalization;
using System.Text;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Gazetteer;

/// <summary>
/// The words around a division's name, read from <c>data/gazetteer/division-name-words.tsv</c>: those the gazetteer
/// also finds the name without ("Kandahar District", "Province de la Tapoa"; abbreviations also written out, "St.
/// James"), and those the CSV export drops as ACLED's files do. One table and one way of dropping them
/// (<see cref="Strip"/>), each row saying where each use drops its words. The articles a name is also found without
/// ("Al Anbar") are the consonant skeleton's (<see cref="NameSkeleton.ArticlesFile"/>).
/// The gazetteer indexes every division and alias under <see cref="Keys"/>.
/// </summary>
public sealed class DivisionNameWords
{
    /// <summary>The table's place in a data folder.</summary>
    public static readonly string FileName = Path.Combine("gazetteer", "division-name-words.tsv");

    private const string AffixKind = "affix";
    private const string AbbreviationKind = "abbreviation";
    private const string Prefix = "prefix";
    private const string Suffix = "suffix";
    private const string Either = "either";
    private const string Never = "-";

    /// <summary>What the words around a name are dropped for.</summary>
    public enum Use
    {
        /// <summary>One more key the gazetteer finds a division under.</summary>
        Key,
        /// <summary>The name as ACLED's files write it.</summary>
        Export,
    }

    /// <summary>What is left of a name once words are dropped from it is at least this long, else they stay.</summary>
    private const int MinLeft = 3;

    // Per use, in that use's form of a name (Form), longest first, so "province de la" is dropped before "province";
    // a joined prefix is written with its apostrophe ("province d'") and needs no space after it.
    private readonly (string Words, bool Joined)[][] _prefixes;
    private readonly string[][] _suffixes;
    private readonly string[] _articles;
    private readonly (string Short, string Full)[] _abbreviations;
    private readonly CommonWords _common = CommonWords.None;

    private static readonly Lazy<DivisionNameWords> Shipped = new(() => Load(CodingResources.DefaultDataDirectory()));

    /// <summary>The table of the data folder the program runs with, read on first use.</summary>
    public static DivisionNameWords Default => Shipped.Value;

    /// <summary>No words: a division is found under its folded name only, and written as named.</summary>
    public static DivisionNameWords None { get; } = new([[], []], [[], []], [], []);

    private DivisionNameWords(List<string>[] prefixes, List<string>[] suffixes, IEnumerable<string> articles, List<(string, string)> abbreviations)
    {
        static IEnumerable<string> Longest(List<string> words) => words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length);
        _prefixes = [.. Enum.GetValues<Use>().Select(u => Longest(prefixes[(int)u]).Select(w => w.EndsWith('\'') ? (Form(w[..^1], u) + "'", true) : (Form(w, u), false)).ToArray())];
        _suffixes = [.. Enum.GetValues<Use>().Select(u => Longest(suffixes[(int)u]).Select(w => Form(w, u)).ToArray())];
        _articles = articles.Order(StringComparer.Ordinal).Select(a => a + " ").ToArray();
        _abbreviations = abbreviations.Select(a => (a.Item1 + " ", a.Item2 + " ")).ToArray();
    }

    /// <summary>
    /// The table of <paramref name="dataDirectory"/>, or the <see cref="Default"/> one where that folder has none. A row
    /// of an unknown kind or position, without its words, or an abbreviation without its full word is a
    /// <see cref="ResourceFormatException"/> naming the file and line.
    /// </summary>
    public static DivisionNameWords Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path) && Path.GetFullPath(dataDirectory) != Path.GetFullPath(CodingResources.DefaultDataDirectory())) return Default;
        var articles = Path.Combine(dataDirectory, NameSkeleton.ArticlesFile);
        return Read(path, File.Exists(articles) ? articles : null).With(CommonWords.Load(dataDirectory));
    }

    /// <summary>
    /// The same words, with the common words of the languages coded (<see cref="CommonWords"/>) that no key made by
    /// dropping words from a name may be: "As Said" is found as "as said", not as "said".
    /// </summary>
    public DivisionNameWords With(CommonWords common) => new(this, common);

    /// <summary>The common words of the data folder these words were read from (<see cref="With"/>), which the gazetteer's other names may not be either.</summary>
    public CommonWords Common => _common;

    private DivisionNameWords(DivisionNameWords words, CommonWords common)
    {
        (_prefixes, _suffixes, _articles, _abbreviations) = (words._prefixes, words._suffixes, words._articles, words._abbreviations);
        _common = common;
    }

    /// <summary>The table of one file, with the articles of <paramref name="articlesPath"/> (none when null).</summary>
    public static DivisionNameWords Read(string path, string? articlesPath = null)
    {
        List<string>[] prefixes = [[], []], suffixes = [[], []];
        List<(string, string)> abbreviations = [];
        foreach (var (line, f) in TsvFile.Read(path, 3))
        {
            var words = Words(f[1]);
            if (words.Length == 0) throw new ResourceFormatException(path, line, "the words are empty");
            switch (f[0])
            {
                case AffixKind:
                    if (f.Length < 4) throw new ResourceFormatException(path, line, "an affix needs where the gazetteer and where the CSV export drop it (third and fourth columns)");
                    foreach (var use in Enum.GetValues<Use>())
                    {
                        var position = f[2 + (int)use].Trim();
                        if (position is not (Prefix or Suffix or Either or Never))
                            throw new ResourceFormatException(path, line, $"'{position}' is not a position ({Prefix}, {Suffix}, {Either} or {Never})");
                        if (position is Prefix or Either) prefixes[(int)use].Add(words);
                        if (position is Suffix or Either) suffixes[(int)use].Add(words);
                    }
                    break;
                case AbbreviationKind:
                    var full = TextFold.Fold(f[2]);
                    if (full.Length == 0) throw new ResourceFormatException(path, line, "an abbreviation needs its full word in the third column");
                    abbreviations.Add((TextFold.Fold(words), full));
                    break;
                default:
                    throw new ResourceFormatException(path, line, $"'{f[0]}' is not a kind ({AffixKind} or {AbbreviationKind})");
            }
        }
        return new DivisionNameWords(prefixes, suffixes, articlesPath is null ? [] : NameSkeleton.ReadArticles(articlesPath), abbreviations);
    }

    /// <summary>A row's words as written: accents dropped, apostrophes kept, lower case.</summary>
    private static string Words(string words) => TextFold.Plain(words).Trim().ToLowerInvariant();

    /// <summary>
    /// A name in the form a use matches words in. For the export, without accents only (<see cref="TextFold.Plain"/>:
    /// case and punctuation kept, as ACLED's files write it). For a key, lower case and every mark a space as in
    /// <see cref="TextFold.Fold"/>, but for an apostrophe that joins two words ("de l'Ocean", kept, so that a joined
    /// prefix is told from "de Loga"); one that ends a word ("Qada' Samarra'", "Oblast'") goes.
    /// </summary>
    private static string Form(string name, Use use)
    {
        var plain = TextFold.Plain(name).Trim();
        if (use == Use.Export) return plain;
        var sb = new StringBuilder(plain.Length);
        for (int i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (c == '\'' && sb.Length > 0 && sb[^1] != ' ' && i + 1 < plain.Length && char.IsLetterOrDigit(plain[i + 1])) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// <paramref name="name"/> in <paramref name="use"/>'s form (<see cref="Form"/>) without one prefix and one suffix of
    /// that use's, the longest that fits of each, matched ignoring case at a space (a joined prefix needs none), while at
    /// least <see cref="MinLeft"/> characters of the name are left: "Province du Seno" is "Seno" for the export,
    /// "Kandahar District" is "kandahar" for a key.
    /// </summary>
    public string Strip(string name, Use use) => Strip(Form(name, use), use, CompareOptions.OrdinalIgnoreCase);

    /// <summary>
    /// <paramref name="name"/> as written (accents and case kept) without the words the CSV export drops, matched ignoring
    /// case and accents: the name as ACLED writes it in the coded record ("Southern Region" is "Southern", "Région de
    /// Ségou" is "Ségou").
    /// </summary>
    public string StripWritten(string name) => Strip(name.Trim(), Use.Export, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    private string Strip(string s, Use use, CompareOptions compare)
    {
        var culture = CultureInfo.InvariantCulture.CompareInfo;
        foreach (var (p, joined) in _prefixes[(int)use])
        {
            if (!culture.IsPrefix(s, p, compare, out int length) || !joined && (s.Length == length || s[length] != ' ')) continue;
            var rest = s.AsSpan(length).TrimStart();
            if (rest.Length < MinLeft) continue;
            s = rest.ToString();
            break;
        }
        foreach (var w in _suffixes[(int)use])
        {
            if (!culture.IsSuffix(s, w, compare, out int length) || s.Length <= length || s[^(length + 1)] != ' ') continue;
            var rest = s.AsSpan(0, s.Length - length).TrimEnd();
            if (rest.Length < MinLeft) continue;
            s = rest.ToString();
            break;
        }
        return s;
    }

    /// <summary>
    /// Whether ACLED writes a division's name with words the gazetteer also finds it without ("Kyiv City", "Northern
    /// Territory"): the press may leave them out, naming the city or the land rather than the division.
    /// </summary>
    public bool WritesDroppableWords(string name)
    {
        var written = StripWritten(name);
        return Strip(written, Use.Key) != Form(written, Use.Key);
    }

    /// <summary>
    /// A division's folded name, then the same without its article, without the words around it, and with an
    /// abbreviation written out ("Al Anbar Governorate": "al anbar governorate", "anbar", "al anbar"); a key made so
    /// is left out where it is a common word (<see cref="With"/>).
    /// </summary>
    public IEnumerable<string> Keys(string name)
    {
        var folded = TextFold.Fold(name);
        yield return folded;
        foreach (var key in Derived(folded, TextFold.Fold(Strip(name, Use.Key))))
            if (!_common.Contains(key)) yield return key;
    }

    private IEnumerable<string> Derived(string folded, string stripped)
    {
        foreach (var article in _articles)
            if (stripped.StartsWith(article, StringComparison.Ordinal))
            {
                yield return stripped[article.Length..];
                break;
            }
        if (stripped != folded) yield return stripped;
        foreach (var (abbreviation, full) in _abbreviations)
            if (stripped.StartsWith(abbreviation, StringComparison.Ordinal)) yield return full + stripped[abbreviation.Length..];
    }
}
