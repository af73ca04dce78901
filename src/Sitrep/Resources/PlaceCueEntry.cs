namespace Sitrep.Resources;

/// <summary>A word around a place name from place-cues.tsv: "near" before it, "district" after it.</summary>
public sealed record PlaceCueEntry(string Phrase, bool Before, PlaceCueKind Kind);

public enum PlaceCueKind
{
    At,
    Near,
    Kind,
}
