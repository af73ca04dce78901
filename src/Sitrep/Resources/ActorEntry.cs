using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// An actor phrase from actors.tsv and the ACLED actor it names. <see cref="Actor"/> may hold
/// <c>{country}</c>, filled with the country of a demonym in the mention ("Malian troops") or
/// of the event. <see cref="Countries"/>, when not empty, limits the entry to events in those
/// countries (ISO alpha-2), so "Islamic State" names a different ACLED actor in Nigeria than in Iraq.
/// <see cref="Unit"/>, when set, is the unit of a state's forces the phrase names ("{forces} Special Forces" in actors.tsv):
/// its name is then built from the unit's force in the country, as data/acled/state-force-units.tsv says.
/// </summary>
public sealed record ActorEntry(string Phrase, string Actor, Inter Inter, IReadOnlyList<string> Countries, int Line)
{
    /// <summary>The unit of a state's forces the phrase names, or null for an actor named by <see cref="Actor"/>.</summary>
    public StateForceUnit? Unit { get; init; }

    /// <summary>The identity militia the phrase names by kind and group ("Fulani {ethnic-militia}"), or null.</summary>
    public IdentityMilitia? Militia { get; init; }

    /// <summary>
    /// The name takes its country from the text or the event: a {country} slot, or a unit named by a word of any state's
    /// forces ("special forces"); a unit the pack names in its states only ("Border Security Force" in India) is that state's.
    /// </summary>
    public bool IsGeneric => Actor.Contains("{country}", StringComparison.Ordinal) || Unit is not null && Countries.Count == 0 || Militia is not null;
    public bool IsArmed => Inter.IsArmed();

    /// <summary>Written in capitals ("ANA", "NAS"): the text must be in capitals too (<see cref="Acronym"/>).</summary>
    public bool IsAcronym { get; } = Acronym.Is(Phrase);
}
