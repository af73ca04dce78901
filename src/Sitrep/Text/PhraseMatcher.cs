namespace Sitrep.Text;

/// <summary>
/// Finds dictionary phrases in a token sequence, longest first. Phrases are folded
/// words; a word ending in <c>*</c> matches any word it begins ("attack*" matches
/// "attacked", "attackers"). Built once, then read by many threads.
/// </summary>
/// <param name="elisions">The language's elided words ("l", "d"), so that a phrase is split as the text is.</param>
public sealed class PhraseMatcher<T>(IReadOnlySet<string>? elisions = null)
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Exact;
        public List<(string Prefix, Node Next)>? Prefixes;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(string phrase, T value)
    {
        // Each word is split by the same tokenizer as the text, so that a phrase's tokens are the text's by
        // construction: "J&K" is J, &, K; "Donbass People's Militia" is People, 's, Militia; "CPI (Maoist)" has
        // its parentheses. A word's trailing '*' (which the tokenizer would make a token) goes back on its last token.
        var words = Words(phrase, elisions);
        if (words.Count == 0) throw new ArgumentException("An empty phrase.", nameof(phrase));
        var node = _root;
        foreach (var w in words)
        {
            if (w.EndsWith('*'))
            {
                var prefix = w[..^1];
                node.Prefixes ??= [];
                var found = node.Prefixes.FirstOrDefault(p => p.Prefix == prefix).Next;
                if (found is null) { found = new Node(); node.Prefixes.Add((prefix, found)); }
                node = found;
            }
            else
            {
                node.Exact ??= new(StringComparer.Ordinal);
                if (!node.Exact.TryGetValue(w, out var next)) node.Exact[w] = next = new Node();
                node = next;
            }
        }
        (node.Values ??= []).Add(value);
        Count++;
    }

    /// <summary>The folded words of <paramref name="phrase"/> as the text's tokens are split, a trailing '*' kept on its word.</summary>
    public static List<string> Words(string phrase, IReadOnlySet<string>? elisions)
    {
        var words = new List<string>();
        foreach (var w in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bool star = w.EndsWith('*');
            // A lone '*' is any one word: "captured the * city" takes "the key city", "the eastern city".
            if (w == "*") { words.Add(w); continue; }
            var parts = Tokenizer.Tokenize(star ? w[..^1] : w, elisions).Select(t => t.Folded).Where(f => f.Length > 0).ToList();
            if (star && parts.Count > 0) parts[^1] += "*";
            words.AddRange(parts);
        }
        return words;
    }

    /// <summary>Whether a phrase's word matches a folded token: the same word, or one it begins where the word ends in '*'.</summary>
    public static bool WordMatches(string word, string folded) =>
        word.EndsWith('*') ? folded.StartsWith(word[..^1], StringComparison.Ordinal) : word == folded;

    /// <summary>The longest phrase starting at <paramref name="start"/>: its length in tokens and values.</summary>
    public (int Length, IReadOnlyList<T> Values) MatchAt(IReadOnlyList<Token> tokens, int start, int end)
    {
        int bestLen = 0;
        IReadOnlyList<T> best = [];
        Walk(_root, tokens, start, start, end, ref bestLen, ref best);
        return (bestLen, best);
    }

    /// <summary>Every phrase starting at <paramref name="start"/>, longest first.</summary>
    public List<(int Length, IReadOnlyList<T> Values)> MatchAllAt(IReadOnlyList<Token> tokens, int start, int end)
    {
        var all = new List<(int, IReadOnlyList<T>)>();
        Collect(_root, tokens, start, start, end, all);
        all.Sort((a, b) => b.Item1.CompareTo(a.Item1));
        return all;
    }

    private static void Collect(Node node, IReadOnlyList<Token> tokens, int start, int i, int end, List<(int, IReadOnlyList<T>)> all)
    {
        if (node.Values is not null && i > start) all.Add((i - start, node.Values));
        if (i >= end) return;
        var word = tokens[i].Folded;
        if (node.Exact is not null && node.Exact.TryGetValue(word, out var next)) Collect(next, tokens, start, i + 1, end, all);
        if (node.Prefixes is not null)
            foreach (var (prefix, n) in node.Prefixes)
                if (Fits(prefix, tokens[i])) Collect(n, tokens, start, i + 1, end, all);
    }

    private static void Walk(Node node, IReadOnlyList<Token> tokens, int start, int i, int end, ref int bestLen, ref IReadOnlyList<T> best)
    {
        if (node.Values is not null && i - start > bestLen) { bestLen = i - start; best = node.Values; }
        if (i >= end) return;
        var word = tokens[i].Folded;
        if (node.Exact is not null && node.Exact.TryGetValue(word, out var next))
            Walk(next, tokens, start, i + 1, end, ref bestLen, ref best);
        if (node.Prefixes is not null)
            foreach (var (prefix, n) in node.Prefixes)
                if (Fits(prefix, tokens[i]))
                    Walk(n, tokens, start, i + 1, end, ref bestLen, ref best);
    }

    /// <summary>Whether a token is one a phrase's word ending in '*' takes: a word it begins; a lone '*' (no prefix) takes any word, no mark.</summary>
    private static bool Fits(string prefix, Token token) =>
        token.Folded.StartsWith(prefix, StringComparison.Ordinal) && (prefix.Length > 0 || token.IsWord);

    /// <summary>All non-overlapping longest matches in <c>[start, end)</c>, left to right.</summary>
    public IEnumerable<(int Start, int Length, IReadOnlyList<T> Values)> FindAll(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (int i = start; i < end;)
        {
            var (len, values) = MatchAt(tokens, i, end);
            if (len > 0) { yield return (i, len, values); i += len; }
            else i++;
        }
    }
}
