using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// An actor phrase from actors.tsv and the ACLED actor it names. <see cref="Actor"/> may hold
/// <c>{country}</c>, filled with the country of a demonym in the mention ("Malian troops") or
/// of the event. <see cref="Countries"/>, when not empty, limits the entry to events in those
/// countries (ISO alpha-2), so "Islamic State" names a different ACLED actor in Nigeria than in Iraq.
/// </summary>
public sealed record ActorEntry(string Phrase, string Actor, Inter Inter, IReadOnlyList<string> Countries, int Line)
{
    public bool IsGeneric => Actor.Contains("{country}", StringComparison.Ordinal);
    public bool IsArmed => Inter.IsArmed();

    /// <summary>Written in capitals ("ANA", "NAS"): the text must be in capitals too (<see cref="Acronym"/>).</summary>
    public bool IsAcronym { get; } = Acronym.Is(Phrase);
}
