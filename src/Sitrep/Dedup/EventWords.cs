using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Resources;

namespace Sitrep.Dedup;

/// <summary>
/// What tells the words peculiar to an event from the words every report of its kind writes, in each shipped language:
/// the words of <c>&lt;lang&gt;/common-words.txt</c> (written by hand: generic news and violence words), the one-word entries of
/// the engine's own lexicons that <c>acled/dedup-generic-lexicons.tsv</c> lists (trigger words, casualty words, word classes:
/// already coded as the event's type, toll or date, so not peculiar to it), and the endings of
/// <c>&lt;lang&gt;/word-endings.tsv</c> that meet a word's singular and plural ("bus"/"buses", "blessé"/"blessés"). A word
/// is compared by its stem: folded as <see cref="ReportFeatures.FoldName"/> folds names, then its endings cut off one by
/// one while the first that fits leaves at least <see cref="MinLetters"/> letters. Which words are rare is knowledge
/// written once, so a report's words do not depend on the reports stored before it. A pack without a
/// <c>common-words.txt</c> weighs no wording: every word of it would look peculiar.
/// </summary>
public sealed class EventWords : IDedupTable<EventWords>
{
    public const string CommonFileName = "common-words.txt";
    public const string EndingsFileName = "word-endings.tsv";
    public const string LexiconsFileName = "acled/dedup-generic-lexicons.tsv";
    public const string NumbersFileName = "numbers.tsv";

    /// <summary>One language's generic stems, the beginnings of its lexicons' starred words, and its endings, longest first.</summary>
    internal sealed record Pack(FrozenSet<string> Generic, FrozenSet<string> Prefixes, ImmutableArray<(string Ending, string Replacement)> Endings,
        FrozenDictionary<string, int> Numbers)
    {
        /// <summary>The lexicons' starred beginnings, looked up by a word's first letters without making a string of them.</summary>
        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup { get; } = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenDictionary<string, Pack> _packs;
    private readonly LanguageDetector? _detector;

    /// <summary>A word (or its stem) shorter than this tells nothing ("dr", "am"): too many words share it.</summary>
    public int MinLetters { get; }

    public static readonly EventWords None = new(FrozenDictionary<string, Pack>.Empty, null, 3);

    private EventWords(FrozenDictionary<string, Pack> packs, LanguageDetector? detector, int minLetters) =>
        (_packs, _detector, MinLetters) = (packs, detector, minLetters);

    /// <summary>The words of the data folder the program runs with.</summary>
    public static EventWords Default => DedupData.Shipped<EventWords>();

    /// <summary>The languages that have a list of common words, so weigh wording.</summary>
    public IReadOnlyCollection<string> Languages => _packs.Keys;

    public static EventWords Load(string dataDirectory)
    {
        // A folder without the matcher's rules (a partial one) weighs no wording.
        if (!File.Exists(Path.Combine(dataDirectory, DedupRules.FileName))) return None;
        var lexicons = DedupData.Rows(dataDirectory, LexiconsFileName, 2).Select(r => (r.Path, r.Line, File: r.Fields[0], Column: ParseColumn(r))).ToList();
        var packs = new Dictionary<string, Pack>(StringComparer.Ordinal);
        int minLetters = (int)DedupRules.Load(dataDirectory).WordMinLetters;
        foreach (var dir in Directory.EnumerateDirectories(dataDirectory).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(dir, CommonFileName))) continue;
            var endings = DedupData.Rows(dir, EndingsFileName).Select(r => Ending(r)).OrderByDescending(e => e.Ending.Length).ToImmutableArray();
            var generic = new HashSet<string>(StringComparer.Ordinal);
            var prefixes = new HashSet<string>(StringComparer.Ordinal);
            // A lexicon's entry of one word codes by itself; a word of a longer phrase does not, and stays the event's own
            // detail ("car" of "car bomb", "vehicle" of "vehicle rigged with explosives": a car bomb, not a roadside one).
            void Add(string entry)
            {
                if (entry.Contains(' ')) return;
                var word = ReportFeatures.FoldName(entry.Trim('*'));
                if (word.Length == 0) return;
                if (entry.EndsWith('*')) prefixes.Add(word);
                generic.Add(Stem(word, endings, minLetters));
            }
            foreach (var r in DedupData.Rows(dir, CommonFileName)) Add(r.Fields[0]);
            foreach (var (_, _, file, column) in lexicons)
                foreach (var r in DedupData.Rows(dir, file).Where(r => r.Fields.Length > column))
                    foreach (var entry in r.Fields[column].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) Add(entry);
            packs[Path.GetFileName(dir)] = new Pack(generic.ToFrozenSet(StringComparer.Ordinal), prefixes.ToFrozenSet(StringComparer.Ordinal), endings, NumberWords(dir));
        }
        return new EventWords(packs.ToFrozenDictionary(StringComparer.Ordinal), LanguageDetector.Load(dataDirectory), minLetters);

        // A number word of one word is the figure it writes ("nine" 9), and a vague one that names one round figure ("une
        // soixantaine" 60 to 69: its high under twice its low) that figure's low, as another outlet writes it in digits ("60");
        // a many ("des dizaines", "several") names no figure, nor does an article or a scale word.
        static FrozenDictionary<string, int> NumberWords(string pack)
        {
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var r in DedupData.Rows(pack, NumbersFileName, 4))
                if (!r.Fields[0].Contains(' ') && int.TryParse(r.Fields[1], out var low) && int.TryParse(r.Fields[2], out var high)
                    && Enum.TryParse<NumberWordKind>(r.Fields[3], ignoreCase: true, out var kind)
                    && (kind is NumberWordKind.Unit or NumberWordKind.Tens || kind == NumberWordKind.Vague && high < 2 * low))
                    numbers.TryAdd(ReportFeatures.FoldName(r.Fields[0]), low);
            return numbers.ToFrozenDictionary(StringComparer.Ordinal);
        }

        static int ParseColumn(DedupData.Row r) =>
            int.TryParse(r.Fields[1], out var c) && c >= 1 ? c - 1 : throw new ResourceFormatException(r.Path, r.Line, $"column '{r.Fields[1]}' is not a number from 1");
        static (string Ending, string Replacement) Ending(DedupData.Row r)
        {
            var ending = ReportFeatures.FoldName(r.Fields[0]);
            var replacement = r.Fields.Length > 1 ? ReportFeatures.FoldName(r.Fields[1]) : "";
            // Each cut must shorten the word, so cutting endings one after another ends.
            if (ending.Length == 0 || replacement.Length >= ending.Length)
                throw new ResourceFormatException(r.Path, r.Line, $"ending '{r.Fields[0]}' must be longer than its replacement '{replacement}'");
            return (ending, replacement);
        }
    }

    /// <summary>
    /// The words a text's language weighs: null when the text's language has no list of common words. The language is the
    /// detected one (as the coder detects it), else <paramref name="fallback"/>.
    /// </summary>
    public Language? For(string text, string fallback = CodingResources.AcledLanguage)
    {
        var language = _detector?.Detect(text) ?? fallback;
        return _packs.TryGetValue(language, out var pack) ? new Language(pack, MinLetters) : null;
    }

    /// <summary>The words of the language of the given code (<see cref="CodingResources.AcledLanguage"/> for ACLED's names), or null when no pack has them.</summary>
    public Language? In(string language) => _packs.TryGetValue(language, out var pack) ? new Language(pack, MinLetters) : null;

    /// <summary>One language's test of a word: its stem, or null when it is generic or too short to tell anything.</summary>
    public sealed class Language
    {
        private readonly Pack _pack;
        private readonly int _minLetters;
        internal Language(Pack pack, int minLetters) => (_pack, _minLetters) = (pack, minLetters);

        /// <summary>The figure a folded number word writes ("nine" 9, "soixantaine" 60), or null.</summary>
        public int? Number(string folded) => _pack.Numbers.TryGetValue(folded, out var n) ? n : null;

        /// <summary>A folded word with this language's endings cut off ("dissidents" and "dissident" one stem), generic or not.</summary>
        public string StemOf(string folded) => EventWords.Stem(folded, _pack.Endings, _minLetters);

        /// <summary>The stem of a folded word peculiar enough to weigh, or null for a generic word, a lexicon's word or a short one.</summary>
        public string? Peculiar(string folded)
        {
            if (folded.Length < _minLetters || !folded.All(char.IsLetter)) return null;
            for (int n = _minLetters; n <= folded.Length; n++)
                if (_pack.PrefixLookup.Contains(folded.AsSpan(0, n))) return null;
            var stem = Stem(folded, _pack.Endings, _minLetters);
            return _pack.Generic.Contains(stem) ? null : stem;
        }
    }

    /// <summary>A folded word with its endings cut off, one after another, while the first that fits leaves enough letters.</summary>
    private static string Stem(string word, ImmutableArray<(string Ending, string Replacement)> endings, int minLetters)
    {
        bool cut = true;
        while (cut)
        {
            cut = false;
            foreach (var (ending, replacement) in endings)
                if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length + replacement.Length >= minLetters)
                {
                    word = word[..^ending.Length] + replacement;
                    cut = true;
                    break;
                }
        }
        return word;
    }
}
