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

    public LanguageDetector(IReadOnlyDictionary<string, IReadOnlySet<string>> functionWords) => _words = functionWords;

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
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleLength));
        int i = 0;
        while (i < sample.Length)
        {
            if (!char.IsLetter(sample[i])) { i++; continue; }
            int start = i;
            // A word is a run of letters and combining marks; an apostrophe ends it, so "l'armée" gives "l" and "armée".
            while (i < sample.Length && (char.IsLetter(sample[i]) || char.GetUnicodeCategory(sample[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
            var word = TextFold.Fold(sample[start..i]);
            foreach (var (language, words) in _words)
                if (words.Contains(word)) counts[language] = counts.GetValueOrDefault(language) + 1;
        }
        var ranked = counts.OrderByDescending(c => c.Value).ToList();
        if (ranked.Count == 0 || ranked[0].Value < MinimumMatches) return null;
        return ranked.Count > 1 && ranked[0].Value == ranked[1].Value ? null : ranked[0].Key;
    }
}
