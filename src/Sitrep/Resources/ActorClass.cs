namespace Sitrep.Resources;

/// <summary>
/// The classes of actors a rule of data/acled/type-by-actor.tsv asks about, by ACLED's inter codes and the names the
/// codebook gives state forces (written in the file in kebab case).
/// </summary>
public enum ActorClass
{
    /// <summary>No actor resolved (inter 0).</summary>
    None,
    /// <summary>State forces (inter 1).</summary>
    State,
    /// <summary>Civilians (inter 7).</summary>
    Civilians,
    /// <summary>An organised armed force: state forces, a rebel group, a militia or external forces (inter 1, 2, 3, 4, 8).</summary>
    Armed,
    /// <summary>A rebel group or a militia (inter 2, 3, 4) not named as a state's military or police forces: a rebel government's own forces are still forces of a state.</summary>
    NonStateArmed,
    /// <summary>State forces, or an actor with the state's military forces beside it (its associated actor).</summary>
    StateSide,
}
