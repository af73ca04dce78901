using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// The asides of a sentence that describe the name before them: between two marks of word-classes.tsv's aside-dash,
/// opening with an article right after a name ("the 9th Front — a splinter group of former soldiers — attacked the post").
/// What such an aside names is the description of the one before it, not an actor of its own, and the words it holds stand
/// between that name and its verb without parting them.
/// </summary>
public static class Asides
{
    /// <summary>The rule that leaves the people an aside names out of the event's actors.</summary>
    public const string Rule = "aside-describes-name";

    /// <summary>The token ranges of the sentence's asides, from the opening mark to the closing one, both included.</summary>
    public static List<(int From, int To)> Of(WordClasses words, IReadOnlyList<Token> tokens, Sentence s)
    {
        var asides = new List<(int, int)>();
        for (int open = s.FirstToken + 1; open < s.EndToken - 2; open++)
        {
            if (!words.Has(WordClass.AsideDash, tokens[open].Folded)) continue;
            var before = tokens[open - 1];
            // Right after a name (a word, or the close of its abbreviation's parentheses: "Staff (EMC) —") and opening on an article.
            if (!(before.IsWord || before.Folded == ")") || !words.Has(WordClass.Article, tokens[open + 1].Folded)) continue;
            int close = open + 2;
            while (close < s.EndToken && !words.Has(WordClass.AsideDash, tokens[close].Folded)) close++;
            if (close >= s.EndToken) break;
            asides.Add((open, close));
            open = close;
        }
        return asides;
    }

    /// <summary>Whether token range [<paramref name="from"/>, <paramref name="to"/>) lies inside one of <paramref name="asides"/>.</summary>
    public static bool Inside(List<(int From, int To)> asides, int from, int to) => asides.Any(a => from > a.From && to <= a.To);

    /// <summary>The tokens between <paramref name="from"/> and <paramref name="to"/> that are not in an aside: how far apart the two stand for the sentence's grammar.</summary>
    public static int Gap(List<(int From, int To)> asides, int from, int to) =>
        to - from - asides.Where(a => a.From >= from && a.To < to).Sum(a => a.To - a.From + 1);
}
