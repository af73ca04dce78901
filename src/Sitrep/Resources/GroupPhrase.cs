using Sitrep.Text;

namespace Sitrep.Resources;

/// <summary>
/// An actors.tsv phrase with a {group} slot ("{group} clan militia*", "militiamen from the {group} clan"): the words
/// before and after the slot, folded as <see cref="PhraseMatcher{T}"/> folds them, and the entry it names. The slot
/// takes the group's name from the text; which words may fill it the actor stage decides.
/// </summary>
public sealed record GroupPhrase(IReadOnlyList<string> Before, IReadOnlyList<string> After, ActorEntry Entry)
{
    /// <summary>The phrase split at its slot; a phrase with no slot, two, or no words beside it is an error naming the line.</summary>
    internal static GroupPhrase Parse(string phrase, ActorEntry entry, IReadOnlySet<string> elisions, string file, int line)
    {
        var parts = phrase.Split(IdentityMilitia.GroupSlot);
        if (parts.Length != 2) throw new ResourceFormatException(file, line, $"a phrase holds {IdentityMilitia.GroupSlot} once at most");
        var before = parts[0].Trim().Length == 0 ? [] : PhraseMatcher<ActorEntry>.Words(parts[0], elisions);
        var after = parts[1].Trim().Length == 0 ? [] : PhraseMatcher<ActorEntry>.Words(parts[1], elisions);
        if (before.Count + after.Count == 0) throw new ResourceFormatException(file, line, $"a phrase needs words besides {IdentityMilitia.GroupSlot}");
        if (entry.Militia is not { GroupFromText: true }) throw new ResourceFormatException(file, line, $"a phrase with {IdentityMilitia.GroupSlot} names a militia whose group is '{IdentityMilitia.GroupSlot}' (\"{IdentityMilitia.GroupSlot} {{clan-militia}}\")");
        return new GroupPhrase(before, after, entry);
    }

    /// <summary>How many tokens from <paramref name="at"/> the words after the slot take; -1 when they do not follow there.</summary>
    public int AfterLength(IReadOnlyList<Token> tokens, int at, int end) => Matches(After, tokens, at, end) ? After.Count : -1;

    /// <summary>Whether the words before the slot end right before <paramref name="at"/>, within the sentence from <paramref name="start"/>.</summary>
    public bool BeforeEndsAt(IReadOnlyList<Token> tokens, int start, int at) => at - Before.Count >= start && Matches(Before, tokens, at - Before.Count, at);

    private static bool Matches(IReadOnlyList<string> words, IReadOnlyList<Token> tokens, int at, int end)
    {
        if (at + words.Count > end) return false;
        for (int i = 0; i < words.Count; i++)
            if (!PhraseMatcher<ActorEntry>.WordMatches(words[i], tokens[at + i].Folded)) return false;
        return true;
    }
}
