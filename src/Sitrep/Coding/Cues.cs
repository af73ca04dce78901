using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>Looks for cue phrases just before or after a token, within a sentence.</summary>
internal static class Cues
{
    /// <summary>The role of a discourse cue that ends within <paramref name="window"/> tokens before <paramref name="at"/>.</summary>
    public static DiscourseRole? RoleBefore(PhraseMatcher<DiscourseRole> matcher, IReadOnlyList<Token> tokens, int sentenceStart, int at, int window)
    {
        for (int start = at - 1; start >= Math.Max(sentenceStart, at - window); start--)
        {
            var (len, roles) = matcher.MatchAt(tokens, start, at);
            if (len > 0) return roles[0];
        }
        return null;
    }

    /// <summary>The most words a cue phrase of discourse.tsv takes ("s'apprêtaient à", "de peur de").</summary>
    private const int MaxCueWords = 4;

    /// <summary>
    /// The role of a discourse cue with at most <paramref name="gap"/> words between its end and <paramref name="at"/>,
    /// however many words the cue itself takes: "le risque de | tomber sur des | mines" reaches the
    /// weapon as "pas | encore | tiré" does.
    /// </summary>
    public static DiscourseRole? RoleEndingWithin(PhraseMatcher<DiscourseRole> matcher, IReadOnlyList<Token> tokens, int sentenceStart, int at, int gap)
    {
        for (int start = at - 1; start >= Math.Max(sentenceStart, at - gap - MaxCueWords); start--)
        {
            var (len, roles) = matcher.MatchAt(tokens, start, at);
            if (len > 0 && at - start - len <= gap) return roles[0];
        }
        return null;
    }

    /// <summary>Whether a cue of <paramref name="role"/> ends exactly at <paramref name="at"/>.</summary>
    public static bool EndsAt(PhraseMatcher<DiscourseRole> matcher, IReadOnlyList<Token> tokens, int sentenceStart, int at, DiscourseRole role)
    {
        for (int start = at - 1; start >= Math.Max(sentenceStart, at - 4); start--)
        {
            var (len, roles) = matcher.MatchAt(tokens, start, at);
            if (len == at - start && roles.Contains(role)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the casualty word at <paramref name="at"/> makes the people named before it its victims:
    /// "died", "dead" always do; a transitive verb ("killed") only in the passive ("were killed").
    /// </summary>
    public static bool VictimsBefore(Lexicon lex, IReadOnlyList<Token> tokens, int sentenceStart, int at, FatalityWord word)
    {
        if (!word.IsTransitive || EndsAt(lex.Discourse, tokens, sentenceStart, at, DiscourseRole.Passive)) return true;
        // "were reportedly killed", "was later killed": up to two adverbs between the passive and the verb.
        for (int k = at, skipped = 0; skipped < 2 && k - 1 > sentenceStart && IsAdverb(lex.Words, tokens[k - 1].Folded); skipped++)
            if (EndsAt(lex.Discourse, tokens, sentenceStart, --k, DiscourseRole.Passive)) return true;
        return false;
    }

    private static bool IsAdverb(WordClasses words, string folded) =>
        (folded.Length > 4 && words[WordClass.AdverbSuffix].Any(s => folded.EndsWith(s, StringComparison.Ordinal))) || words.Has(WordClass.Adverb, folded);

    /// <summary>The roles of all cues in <c>[from, to)</c>, for a caller that asks about several roles of one span.</summary>
    public static HashSet<DiscourseRole> RolesIn(PhraseMatcher<DiscourseRole> matcher, IReadOnlyList<Token> tokens, int from, int to) =>
        matcher.FindAll(tokens, from, to).SelectMany(m => m.Values).ToHashSet();

    /// <summary>Whether any cue of <paramref name="role"/> occurs in <c>[from, to)</c>.</summary>
    public static bool Any(PhraseMatcher<DiscourseRole> matcher, IReadOnlyList<Token> tokens, int from, int to, DiscourseRole role) =>
        matcher.FindAll(tokens, from, to).Any(m => m.Values.Contains(role));
}
