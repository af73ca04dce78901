namespace Sitrep.Resources;

/// <summary>A word around a place name from place-cues.tsv: "near" before it, "district" after it.</summary>
public sealed record PlaceCueEntry(string Phrase, bool Before, PlaceCueKind Kind);

public enum PlaceCueKind
{
    At,
    Near,
    Kind,
    /// <summary>"Colonia", "barrio": the name right after it is a part of a town told elsewhere, not a place of its own.</summary>
    Part,
}
