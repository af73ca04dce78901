namespace Sitrep.Events;

/// <summary>
/// ACLED's geo precision: how closely the place of an event is known. Written as its number (1, 2, 3) in every wire
/// format; the order matters, a greater value being a coarser place.
/// </summary>
public enum GeoPrecision
{
    /// <summary>1: the town or village itself.</summary>
    Town = 1,
    /// <summary>2: near a town, or a part of a region ("outskirts of", "a village in the district of").</summary>
    NearTown = 2,
    /// <summary>3: a larger region, or only the country.</summary>
    Region = 3,
}
