using Sitrep.Text;

namespace Sitrep.Resources;

/// <summary>
/// Tells which shipped language a text is written in, offline and in one pass: every language pack lists its
/// commonest function words (<c>function-words.txt</c>: articles, prepositions, pronouns, auxiliaries), and the
/// language whose words occur most often in the text's opening wins. Function words are what every sentence of a
/// language is made of whatever its topic, so a few hundred characters decide; names and numbers count for none.
/// Immutable; shared by threads.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>How much of a text is read: a news report's language is settled by its opening paragraphs.</summary>
    public const int SampleLength = 4000;

    private const string FileName = "function-words.txt";

    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _words;
    /// <summary>The languages, numbered; and for each function word the numbers of the languages it is one of.</summary>
    private readonly string[] _languages;
    private readonly Dictionary<string, int[]> _languagesOf = new(StringComparer.Ordinal);
    /// <summary>The same, looked up by a word's characters: most words of a text are plain ASCII, folded without making a string.</summary>
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public LanguageDetector(IReadOnlyDictionary<string, IReadOnlySet<string>> functionWords)
    {
        _words = functionWords;
        _languages = [.. functionWords.Keys];
        for (int l = 0; l < _languages.Length; l++)
            foreach (var w in functionWords[_languages[l]])
                _languagesOf[w] = _languagesOf.TryGetValue(w, out var ls) ? [.. ls, l] : [l];
        _bySpan = _languagesOf.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The languages this detector can tell apart.</summary>
    public IReadOnlyCollection<string> Languages => _words.Keys.ToList();

    /// <summary>A detector for every folder of <paramref name="dataDirectory"/> that holds a <c>function-words.txt</c>.</summary>
    public static LanguageDetector Load(string dataDirectory)
    {
        var words = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (Directory.Exists(dataDirectory))
            foreach (var dir in Directory.EnumerateDirectories(dataDirectory).Order(StringComparer.Ordinal))
            {
                var file = Path.Combine(dir, FileName);
                if (File.Exists(file))
                    words[Path.GetFileName(dir)] = TsvFile.Read(file).Select(x => TextFold.Fold(x.Fields[0])).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
            }
        return new LanguageDetector(words);
    }

    /// <summary>
    /// Fewer matches than this decide nothing: a name may hold a short word of another language ("Sa" in a
    /// Burmese village's name is French "sa"), but not two.
    /// </summary>
    public const int MinimumMatches = 2;

    /// <summary>
    /// The language whose function words the text uses most, or null when no language's words occur
    /// <see cref="MinimumMatches"/> times or two languages tie (the caller's default language decides then).
    /// </summary>
    public string? Detect(string text)
    {
        if (_words.Count == 0) return null;
        var counts = new int[_languages.Length];
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        Span<char> folded = stackalloc char[ShortWord];
        int i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i])) { i++; continue; }
            int start = i;
            bool ascii = true;
            // A word is a run of letters and combining marks; an apostrophe ends it, so "l'armée" gives "l" and "armée".
            while (i < sample.Length && (char.IsLetter(sample[i]) || char.GetUnicodeCategory(sample[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                ascii &= char.IsAscii(sample[i++]);
            var word = sample[start..i];
            int[]? languages;
            if (ascii && word.Length <= ShortWord)
            {
                // ASCII letters fold to their lower case alone (TextFold.Fold): the same key, without a string.
                for (int k = 0; k < word.Length; k++) folded[k] = char.ToLowerInvariant(word[k]);
                _bySpan.TryGetValue(folded[..word.Length], out languages);
            }
            else _languagesOf.TryGetValue(TextFold.Fold(word), out languages);
            if (languages is not null)
                foreach (var l in languages) counts[l]++;
        }
        // The language used most, unless fewer than the minimum or two languages tie.
        int best = -1;
        bool tie = false;
        for (int l = 0; l < counts.Length; l++)
        {
            if (best < 0 || counts[l] > counts[best]) { best = l; tie = false; }
            else if (counts[l] == counts[best]) tie = true;
        }
        if (best < 0 || counts[best] < MinimumMatches) return null;
        return tie ? null : _languages[best];
    }

    /// <summary>The longest word folded in place; longer ones (no function word is) go through <see cref="TextFold.Fold(string)"/>.</summary>
    private const int ShortWord = 32;
}
