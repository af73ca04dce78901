using System.Text.RegularExpressions;

namespace Sitrep.Resources;

/// <summary>
/// An identity militia an actors.tsv row names by its kind and group rather than by ACLED's whole name: "Fulani
/// {ethnic-militia}" (the group fixed by the pack), "{group} {clan-militia}" (the group's name from the text, where the
/// phrase's {group} slot stands), "{clan-militia}" (no group named: ACLED's unnamed word). <see cref="Kind"/> is null for
/// "{identity-militia}": the words do not tell an ethnic group from a community, which the coder tells by the gazetteer.
/// A kind whose name holds the group a clan belongs to ({parent}) takes it after the slot: "{group} Dinka
/// {clan-of-ethnic-militia}" is a clan the text names (the slot) within the Dinka (<see cref="Parent"/>).
/// </summary>
public sealed partial record IdentityMilitia(ActorKind? Kind, string? Group, bool GroupFromText, string? Parent = null)
{
    /// <summary>The kind cell of a militia whose group may be an ethnic group or a community.</summary>
    public const string EitherKind = "identity-militia";

    /// <summary>Where a phrase takes the group's name from the text, and where the actor puts it.</summary>
    public const string GroupSlot = "{group}";

    /// <summary>
    /// The militia an actor cell names, or null when it names none (a whole name, "Military Forces of {country}"); a kind
    /// in braces that is no identity militia's is an error naming the line.
    /// </summary>
    internal static IdentityMilitia? Parse(string actor, AcledCodebook codebook, IReadOnlyDictionary<string, ActorKind> byKind, string file, int line)
    {
        if (KindAtEnd().Match(actor) is not { Success: true } m || m.Groups[2].Value is "country") return null;
        var cell = m.Groups[2].Value;
        ActorKind? kind = cell == EitherKind ? null
            : byKind.TryGetValue(cell, out var k) && codebook[k].HasGroup ? k
            : throw new ResourceFormatException(file, line, $"'{{{cell}}}' is no identity militia's kind ({EitherKind}, {string.Join(", ", byKind.Where(b => codebook[b.Value].HasGroup).Select(b => b.Key))})");
        var group = m.Groups[1].Value.Trim();
        var nested = kind is { } nk && codebook[nk].HasParent;
        if (!nested) return new IdentityMilitia(kind, group.Length == 0 || group == GroupSlot ? null : group, group == GroupSlot);
        // "{group} Dinka": the clan from the text, the group it belongs to from the pack.
        var parent = group.StartsWith(GroupSlot + " ", StringComparison.Ordinal) ? group[GroupSlot.Length..].Trim() : "";
        if (parent.Length == 0)
            throw new ResourceFormatException(file, line, $"'{{{cell}}}' names a clan within its group: write the group after the slot (\"{GroupSlot} Dinka {{{cell}}}\")");
        return new IdentityMilitia(kind, null, true, parent);
    }

    [GeneratedRegex(@"^(.*?)\{([a-z-]+)\}$")]
    private static partial Regex KindAtEnd();
}
