using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Coding;

/// <summary>Who did it and to whom, by ACLED's names and inter codes, with the text each rests on.</summary>
public sealed record ResolvedActors(
    string Actor1,
    Inter Inter1,
    string AssocActor1,
    string Actor2,
    Inter Inter2,
    string AssocActor2,
    TextSpan? Actor1Evidence,
    TextSpan? Actor2Evidence)
{
    /// <summary>What joins several associated actors in one field ("A; B"), as ACLED's files write them.</summary>
    public const string AssocSeparator = "; ";

    /// <summary>The strongest doer is a crowd (rioters, villagers, residents) rather than an organised armed group.</summary>
    public bool CrowdActs { get; init; }

    /// <summary>
    /// The fighting is between people who are no organised armed group: a crowd or civilians are a side of a
    /// clash ("villagers assaulted police", "a clash between two farmer groups") and no rebel, militia or
    /// other non-state armed group is named. ACLED codes such fights as mob violence, not battles.
    /// </summary>
    public bool UnorganisedFight { get; init; }

    /// <summary>
    /// Actor2 is the other side ACLED's codebook gives a battle the text tells with one side (other-side.tsv), not a side
    /// the text names: the rules that ask whether the text names a target read it as none.
    /// </summary>
    public bool Actor2ByConvention { get; init; }

    /// <summary>The name of the rule that chose actor1 (<c>strongest-doer</c>, <c>unnamed-actor</c>...), for the trace.</summary>
    public string Actor1Rule { get; init; } = "";

    /// <summary>The name of the rule that chose actor2, or empty when there is none.</summary>
    public string Actor2Rule { get; init; } = "";

    /// <summary>The rule that built actor1's name from the codebook (a unit of a state's forces: <see cref="ActorResolver.UnitRule"/>), or empty.</summary>
    public string Actor1NameRule { get; init; } = "";

    /// <summary>The rule that built actor2's name from the codebook, or empty.</summary>
    public string Actor2NameRule { get; init; } = "";

    /// <summary>
    /// The rules that named the actors as on the event's day (<see cref="DatedActorNames"/>: a regime's years, a group
    /// renamed), in the order they fired after the rules that chose the actors; their evidence is the event's date.
    /// </summary>
    public ImmutableArray<ActorRenaming> DatedBy { get; init; } = [];
}
