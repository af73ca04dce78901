using Sitrep.Resources;

namespace Sitrep.Text;

/// <summary>
/// The consonant skeleton of a folded place name, the key under which its transliterations meet:
/// "Rajouri" and "Rajauri", "Naushera" and "Nowshera", "Quamishli" and "Qamishli" share one.
/// Digraphs are reduced (kh, gh, sh, ch, th, dh, ph), q and c become k, z becomes s, vowels,
/// w, y and h are dropped after the first letter, doubled letters collapse, and an article
/// (data/gazetteer/skeleton-articles.tsv: al, el, ad, as, ...) goes. A skeleton only finds candidates;
/// <see cref="Close"/> decides whether two spellings are near enough to be one name.
/// </summary>
public static class NameSkeleton
{
    /// <summary>The table of articles in a data folder.</summary>
    public static readonly string ArticlesFile = Path.Combine("gazetteer", "skeleton-articles.tsv");

    // The shipped table, whatever the data folder: the prebuilt gazetteer file's skeleton keys were made with it.
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> Articles =
        new(() => ReadArticles(Path.Combine(CodingResources.DefaultDataDirectory(), ArticlesFile)).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The articles of <paramref name="path"/>; a row that is not one folded word is an error naming its line.</summary>
    public static HashSet<string> ReadArticles(string path)
    {
        var articles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in TsvFile.Read(path))
        {
            if (f.Length > 1 || f[0].Length == 0 || TextFold.Fold(f[0]) != f[0] || f[0].Contains(' '))
                throw new ResourceFormatException(path, line, $"'{string.Join("\t", f)}' is not one folded word");
            articles.Add(f[0]);
        }
        return articles;
    }

    public static string Of(string folded)
    {
        Span<char> buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        return new string(buffer[..Write(folded, buffer)]);
    }

    /// <summary>The skeleton's hash (<see cref="TextFold.Hash"/>) without making a string of it.</summary>
    public static ulong HashOf(ReadOnlySpan<char> folded)
    {
        Span<char> buffer = folded.Length <= 256 ? stackalloc char[folded.Length] : new char[folded.Length];
        return TextFold.Hash(buffer[..Write(folded, buffer)]);
    }

    /// <summary>Writes the skeleton of <paramref name="folded"/> into <paramref name="dest"/> (as long as the name) and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> folded, Span<char> dest)
    {
        int n = 0;
        int start = 0;
        while (start < folded.Length)
        {
            int end = folded[start..].IndexOf(' ');
            end = end < 0 ? folded.Length : start + end;
            var word = folded[start..end];
            start = end + 1;
            if (IsArticle(word)) continue;
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                char next = i + 1 < word.Length ? word[i + 1] : '\0';
                if (next == 'h' && c is 'k' or 'g' or 's' or 'c' or 't' or 'd' or 'p' or 'z')
                {
                    c = c switch { 'p' => 'f', 'c' => 's', 'z' => 'j', _ => c };
                    i++;
                }
                c = c switch { 'q' or 'c' => 'k', 'z' => 's', 'v' => 'f', _ => c };
                bool first = n == 0;
                if (!first && c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'h') continue;
                if (first && c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w') c = 'a';
                if (n > 0 && dest[n - 1] == c) continue;
                dest[n++] = c;
            }
        }
        return n;
    }

    private static bool IsArticle(ReadOnlySpan<char> w) => Articles.Value.Contains(w);

    /// <summary>
    /// Whether two folded spellings are one name written two ways: an edit distance (spaces and
    /// hyphens ignored) of at most one in four letters, and never for names shorter than five.
    /// </summary>
    public static bool Close(string a, string b)
    {
        a = a.Replace(" ", ""); b = b.Replace(" ", "");
        if (a.Length < 5 || b.Length < 5) return false;
        int limit = Math.Max(1, Math.Min(a.Length, b.Length) / 4);
        if (Math.Abs(a.Length - b.Length) > limit) return false;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > limit) return false;
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length] <= limit;
    }
}
