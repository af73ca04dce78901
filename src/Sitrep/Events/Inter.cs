namespace Sitrep.Events;

/// <summary>
/// ACLED's inter code: the kind of an actor. Written as its number (0 to 8) in every wire format and in the store,
/// as ACLED's files write it; the interaction code joins two of them (<see cref="InterCodes.Interaction"/>).
/// </summary>
public enum Inter
{
    /// <summary>0: no actor.</summary>
    None = 0,
    /// <summary>1: state forces, the forces of the government of the country where the event happened.</summary>
    State = 1,
    /// <summary>2: rebel groups, armed groups that aim to take or break away from the state.</summary>
    Rebel = 2,
    /// <summary>3: political militias, armed groups with a political aim short of overthrowing the state.</summary>
    PoliticalMilitia = 3,
    /// <summary>4: identity militias, armed groups of a community, clan, ethnic or religious group.</summary>
    IdentityMilitia = 4,
    /// <summary>5: rioters, people in a violent crowd.</summary>
    Rioters = 5,
    /// <summary>6: protesters, people in a peaceful crowd.</summary>
    Protesters = 6,
    /// <summary>7: civilians, people unarmed and not in a crowd.</summary>
    Civilians = 7,
    /// <summary>8: external or other forces: foreign states' forces, international bodies, private companies.</summary>
    External = 8,
}
