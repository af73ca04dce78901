namespace Sitrep.Gazetteer;

/// <summary>A place found under a name, and whether the name was one of its alternate names rather than its own.</summary>
public readonly record struct PlaceMatch(Place Place, bool ByAlternateName);
