namespace Sitrep.Resources;

/// <summary>
/// A word around a place name from place-cues.tsv: "near" before it, "district" after it; <paramref name="Settlement"/>
/// when the phrase names the place a settlement ("the village of", "la commune de": its fourth column).
/// </summary>
public sealed record PlaceCueEntry(string Phrase, bool Before, PlaceCueKind Kind, bool Settlement = false)
{
    /// <summary>The table's file in a language pack.</summary>
    public const string FileName = "place-cues.tsv";

    /// <summary>The fourth column's keyword for a phrase that names a settlement.</summary>
    public const string SettlementColumn = "settlement";
}

public enum PlaceCueKind
{
    At,
    Near,
    Kind,
    /// <summary>"Colonia", "barrio": the name right after it is a part of a town told elsewhere, not a place of its own.</summary>
    Part,
    /// <summary>"entre", "on the road between": the name after it is the first end of a road or route, which ACLED codes the
    /// event at, near it (precision 2); the other end, told after a <see cref="RouteEnd"/> joiner, is not where it is.</summary>
    Between,
    /// <summary>"et", "à", "and": after a route's first end, the word that brings in its other end.</summary>
    RouteEnd,
    /// <summary>"evacuated to", "a hospital in": the name after it is where the wounded or the arrested were taken, not where
    /// the event happened.</summary>
    TakenTo,
}
