using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Gazetteer;

/// <summary>
/// The words of the languages coded that name no place of their own accord: every language pack's function words
/// (<c>&lt;lang&gt;/function-words.txt</c>: "the", "was", "sur") and the words every report of violence writes
/// (<c>&lt;lang&gt;/common-words.txt</c>: "said", "police", "attack"). A name the gazetteer finds a place or division
/// under is one of them only where the place bears it itself: a place's own name ("Hit", "Say", "Man": towns the press
/// writes plainly) stays a key, but neither another name GeoNames lists for a place (airport codes "CAN" for Guangzhou,
/// "THE" for Teresina) nor a key made from a division's name by dropping its article or the words around it ("As Said":
/// "said") is one. A title-case headline ("Police Say Gunmen Hit Market") then finds no place in its words.
/// </summary>
public sealed class CommonWords
{
    /// <summary>The lists read from each language pack of a data folder.</summary>
    public static readonly string[] FileNames = ["function-words.txt", "common-words.txt"];

    private readonly HashSet<string> _words;

    private CommonWords(HashSet<string> words) => _words = words;

    /// <summary>No words: every name is a key.</summary>
    public static CommonWords None { get; } = new([]);

    /// <summary>Folded words to hold as common (tests build their own).</summary>
    public static CommonWords Of(IEnumerable<string> words) => new(words.Select(TextFold.Fold).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal));

    /// <summary>The lists of every language pack (a subfolder holding one of <see cref="FileNames"/>) of <paramref name="dataDirectory"/>.</summary>
    public static CommonWords Load(string dataDirectory)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(dataDirectory)) return new(words);
        foreach (var pack in Directory.EnumerateDirectories(dataDirectory).Order(StringComparer.Ordinal))
            foreach (var name in FileNames)
                if (Path.Combine(pack, name) is var path && File.Exists(path))
                    foreach (var (_, f) in TsvFile.Read(path))
                        if (TextFold.Fold(f[0]) is { Length: > 0 } w) words.Add(w);
        return new(words);
    }

    /// <summary>Whether a folded name is one of the words.</summary>
    public bool Contains(string folded) => _words.Contains(folded);

    /// <summary>The words' hashes in the gazetteer's name index (<see cref="TextFold.Hash"/>).</summary>
    public IEnumerable<ulong> Hashes => _words.Select(w => TextFold.Hash(w));
}
