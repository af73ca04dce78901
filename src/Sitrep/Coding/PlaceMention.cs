using Sitrep.Documents;
using Sitrep.Gazetteer;

namespace Sitrep.Coding;

/// <summary>
/// A name in the text that the gazetteer knows: as a populated place, a first- or second-level
/// division, or several of these. <see cref="Cue"/> says how the text places it ("near X" is
/// not X); <see cref="Containers"/> point at the mentions that contain it ("Muaja (Ancuabe,
/// Cabo Delgado)", "Tijuana, Baja California").
/// </summary>
public sealed record PlaceMention(
    TextSpan Span,
    int Sentence,
    int Token,
    int EndToken,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Admin1> Admin1s,
    IReadOnlyList<Admin2> Admin2s,
    PlaceCue Cue)
{
    /// <summary>Indices (into the document's place mentions) of the names given right after it as its containers.</summary>
    public IReadOnlyList<int> Containers { get; init; } = [];
    /// <summary>True when it is itself given as the container of the mention before it.</summary>
    public bool IsContainer { get; init; }
    /// <summary>Ids of the places found only under one of their alternate names ("Gao" for Guantánamo).</summary>
    public IReadOnlySet<int> ByAlternateName { get; init; } = new HashSet<int>();
    /// <summary>Found not by its own spelling but as another transliteration of a known name ("Rajouri" for "Rajauri").</summary>
    public bool ByTransliteration { get; init; }
    /// <summary>The word after it that says what kind of place it is: "district", "city", "province".</summary>
    public string? KindWord { get; init; }
    /// <summary>The level of division <see cref="KindWord"/> names, by the language's word classes.</summary>
    public DivisionLevel KindDivision { get; init; }
    /// <summary>The rule that read <see cref="KindDivision"/> from the kind word (PlaceStage's RegionWordRule, CountryDivisionWordRule, DistrictWordRule).</summary>
    public string? KindRule { get; init; }
    /// <summary>The kind word stands before the name, as French writes it ("région de Mopti", "cercle de Douentza").</summary>
    public bool KindBefore { get; init; }
    /// <summary>The first end of a road or route the text names ("sur la route entre X et Y", "on the road between X and Y").</summary>
    public bool RouteStart { get; init; }
    /// <summary>The other end of such a route, told right after its first end: not where the event is.</summary>
    public bool RouteEnd { get; init; }
    /// <summary>
    /// The sentence opens on it, set off by a comma ("In Kragujevac, the march also set off", "À Kaya, des hommes armés"): the
    /// scene of what the sentence tells, as a round-up moves from town to town.
    /// </summary>
    public bool OpensSentence { get; init; }
    /// <summary>
    /// A past year follows it closely ("a sit-in on the outskirts of Delhi in 2020-21"): where the story's history happened,
    /// which says the country but is not where today's event is.
    /// </summary>
    public bool OfHistory { get; init; }
    /// <summary>Written right after a definite article ("in the Sahel", "at the Justice Palace").</summary>
    public bool AfterArticle { get; init; }
}

/// <summary>How the text relates an event to a place.</summary>
public enum PlaceCue
{
    /// <summary>No locative word: a name in passing.</summary>
    None,
    /// <summary>"in X", "at X", "town of X": the event is at the place.</summary>
    At,
    /// <summary>"near X", "outskirts of X", "X area", "north of X": close to it, geo_precision 2.</summary>
    Near,
    /// <summary>"evacuated to X", "a hospital in X": where people were taken after the event, not where it was.</summary>
    TakenTo,
}
