using System.Text;
using Sitrep.Text;

namespace Sitrep.Resources;

/// <summary>
/// A language's closed word classes (word-classes.tsv), folded as tokens are: one set of words per <see cref="WordClass"/>.
/// A language pack without the file has no words in any class, so the rules that read them never fire for it.
/// </summary>
public sealed class WordClasses
{
    private readonly IReadOnlyDictionary<WordClass, IReadOnlySet<string>> _words;

    /// <summary>Per class, its phrases split into words and filed under their first word, split once rather than at each lookup.</summary>
    private readonly Dictionary<WordClass, Dictionary<string, string[][]>> _phrases;

    public WordClasses(IReadOnlyDictionary<WordClass, IReadOnlySet<string>> words)
    {
        _words = words;
        _phrases = words.ToDictionary(kv => kv.Key, kv => kv.Value.Select(p => p.Split(' ')).GroupBy(w => w[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));
    }

    public static WordClasses Empty { get; } = new(new Dictionary<WordClass, IReadOnlySet<string>>());

    /// <summary>The words of <paramref name="wordClass"/>.</summary>
    public IReadOnlySet<string> this[WordClass wordClass] => _words.TryGetValue(wordClass, out var w) ? w : EmptySet;

    /// <summary>Whether <paramref name="word"/> (folded) is one of <paramref name="wordClass"/>.</summary>
    public bool Has(WordClass wordClass, string word) => this[wordClass].Contains(word);

    /// <summary>Whether <paramref name="phrase"/> contains one of the words of <paramref name="wordClass"/> as a part.</summary>
    public bool PartOf(WordClass wordClass, string phrase) => this[wordClass].Any(w => phrase.Contains(w, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="word"/> begins with one of the words of <paramref name="wordClass"/>.</summary>
    public bool StemOf(WordClass wordClass, string word) => this[wordClass].Any(w => word.StartsWith(w, StringComparison.Ordinal));

    /// <summary>Whether one of the phrases of <paramref name="wordClass"/> is written from token <paramref name="at"/> on, ending by <paramref name="end"/>.</summary>
    public bool PhraseAt(WordClass wordClass, IReadOnlyList<Token> tokens, int at, int end) => PhraseLengthAt(wordClass, tokens, at, end) > 0;

    /// <summary>The words of the longest phrase of <paramref name="wordClass"/> written from token <paramref name="at"/> on, ending by <paramref name="end"/>; 0 for none.</summary>
    public int PhraseLengthAt(WordClass wordClass, IReadOnlyList<Token> tokens, int at, int end)
    {
        int longest = 0;
        if (at >= end || !_phrases.TryGetValue(wordClass, out var byFirst) || !byFirst.TryGetValue(tokens[at].Folded, out var phrases)) return 0;
        foreach (var words in phrases)
        {
            if (words.Length <= longest || at + words.Length > end) continue;
            bool match = true;
            for (int k = 0; k < words.Length && match; k++) match = tokens[at + k].Folded == words[k];
            if (match) longest = words.Length;
        }
        return longest;
    }

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();

    /// <summary>The classes of <paramref name="path"/>; none when the file is absent.</summary>
    public static WordClasses Load(string path)
    {
        if (!File.Exists(path)) return Empty;
        var byName = Enum.GetValues<WordClass>().ToDictionary(Kebab, c => c, StringComparer.Ordinal);
        var words = new Dictionary<WordClass, HashSet<string>>();
        foreach (var (line, f) in TsvFile.Read(path, 2))
        {
            if (!byName.TryGetValue(f[0], out var wordClass))
                throw new ResourceFormatException(path, line, $"'{f[0]}' is not a word class ({string.Join(", ", byName.Keys)})");
            if (!words.TryGetValue(wordClass, out var set)) words[wordClass] = set = new HashSet<string>(StringComparer.Ordinal);
            // Marks ("," ";") stand as they are; words are folded as the tokens they are compared with.
            set.Add(f[1].Any(char.IsLetter) ? TextFold.Fold(f[1]) : f[1]);
        }
        return new WordClasses(words.ToDictionary(kv => kv.Key, kv => (IReadOnlySet<string>)kv.Value));
    }

    /// <summary>The name a class has in the file: <c>WeaponUseStem</c> is <c>weapon-use-stem</c>.</summary>
    public static string Kebab(WordClass wordClass) => Kebab(wordClass.ToString());

    /// <summary>A C# name as the data files write it: <c>UnidentifiedGang</c> is <c>unidentified-gang</c>.</summary>
    public static string Kebab(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
