namespace Sitrep.Coding;

/// <summary>
/// Which level of division a place's kind word names (word-classes.tsv: region-word, district-word): "Helmand province" is
/// the first-level division, "Ancuabe district" the second; "X town", "X city" or no kind word name none.
/// </summary>
public enum DivisionLevel
{
    /// <summary>No kind word, or one that names no division ("city", "village").</summary>
    None,
    /// <summary>A first-level division's kind word ("province", "state"): the name is the region, not a town of that name.</summary>
    Region,
    /// <summary>A second-level division's kind word ("district", "county"): near its seat, precision 2.</summary>
    District,
}
