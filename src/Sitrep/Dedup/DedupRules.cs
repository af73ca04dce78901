using System.Globalization;
using Sitrep.Resources;

namespace Sitrep.Dedup;

/// <summary>
/// The limits and weights the matcher uses, read from <c>data/acled/dedup.tsv</c> (one named rule a row, with
/// the reason for it). The same limits give the store the neighbourhood it searches for a new report's
/// candidates, so the window is written once.
/// </summary>
public sealed record DedupRules : IDedupTable<DedupRules>
{
    public required double MaxKm { get; init; }
    public required double TownKm { get; init; }
    public required double RegionKm { get; init; }
    public required double SamePlaceKm { get; init; }
    public required int DaysWeek { get; init; }
    public required int DaysMonth { get; init; }
    public required double SameDay { get; init; }
    public required double DayApartVague { get; init; }
    public required double DayApartExact { get; init; }
    public required double DayApartNight { get; init; }
    public required double DayApartOnce { get; init; }
    public required double DaysApartVague { get; init; }
    public required double SamePlace { get; init; }
    public required double SameDistrict { get; init; }
    public required double SameRegion { get; init; }
    public required double PlaceNamesDiffer { get; init; }
    public required double SameUnlistedPlace { get; init; }
    public required double PlaceNameUnmatched { get; init; }
    public required double SettlementsDiffer { get; init; }
    public required double SameSubEvent { get; init; }
    public required double SameEventType { get; init; }
    public required double OtherEventType { get; init; }
    public required double CrowdToldTwoWays { get; init; }
    public required double CrowdAndViolence { get; init; }
    public required double SameActor { get; init; }
    public required double SameUnnamedActor { get; init; }
    public required double OtherTarget { get; init; }
    public required double SameTarget { get; init; }
    public required double ActorNamedByOther { get; init; }
    public required double OtherPerpetratorNamed { get; init; }
    public required double SameCrowd { get; init; }
    public required double SameToll { get; init; }
    public required double SameSmallToll { get; init; }
    public required int SmallToll { get; init; }
    public required double CloseToll { get; init; }
    public required double CloseTollRatio { get; init; }
    public required double FarToll { get; init; }
    public required double FarTollRatio { get; init; }
    public required double TollUpdate { get; init; }
    public required double TollRevised { get; init; }
    public required double SmallTollWithin { get; init; }
    public required double TollTold { get; init; }
    public required double SharedName { get; init; }
    public required double SharedNamesMax { get; init; }
    public required double SharedDocumentName { get; init; }
    public required double SharedDocumentNamesMax { get; init; }
    public required double SharedWord { get; init; }
    public required double SharedWordsMax { get; init; }
    public required int SharedWordsFree { get; init; }
    public required double SharedWordCrowd { get; init; }
    public required double WordMinLetters { get; init; }
    public required double OncePerPlace { get; init; }
    /// <summary>The sub-event types that happen to a place once (data/acled/dedup-once.tsv): a capture of a town.</summary>
    public System.Collections.Immutable.ImmutableHashSet<string> OncePerPlaceTypes { get; init; } = [];
    public required double Threshold { get; init; }
    public required double RegionThreshold { get; init; }

    public const string FileName = "acled/dedup.tsv";
    public const string OnceFileName = "acled/dedup-once.tsv";

    /// <summary>The rules of the data folder the program runs with.</summary>
    public static DedupRules Default => DedupData.Shipped<DedupRules>();

    /// <summary>How many days apart two reports may be, by the vaguer one's time precision (1 the day, 2 the week, 3 the month).</summary>
    public int DaysAllowed(Sitrep.Events.TimePrecision coarserPrecision) => coarserPrecision switch { <= Sitrep.Events.TimePrecision.Day => 1, Sitrep.Events.TimePrecision.Week => DaysWeek, _ => DaysMonth };

    /// <summary>Reads the rules; a missing rule, an unknown one or a value that is not a number is an error naming the line.</summary>
    public static DedupRules Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (line, fields) in TsvFile.Read(path, minFields: 2))
        {
            if (!Names.Contains(fields[0])) throw new ResourceFormatException(path, line, $"unknown rule '{fields[0]}'");
            if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new ResourceFormatException(path, line, $"'{fields[1]}' is not a number");
            if (!values.TryAdd(fields[0], v)) throw new ResourceFormatException(path, line, $"rule '{fields[0]}' given twice");
        }
        var missing = Names.Where(n => !values.ContainsKey(n)).ToList();
        if (missing.Count > 0) throw new ResourceFormatException(path, 0, "missing rules: " + string.Join(", ", missing));
        double V(string name) => values[name];
        return new DedupRules
        {
            MaxKm = V("max_km"), TownKm = V("town_km"), RegionKm = V("region_km"), SamePlaceKm = V("same_place_km"),
            DaysWeek = (int)V("days_week"), DaysMonth = (int)V("days_month"),
            SameDay = V("same_day"), DayApartVague = V("day_apart_vague"), DayApartExact = V("day_apart_exact"), DayApartNight = V("day_apart_night"), DayApartOnce = V("day_apart_once"), DaysApartVague = V("days_apart_vague"),
            SamePlace = V("same_place"), SameDistrict = V("same_district"), SameRegion = V("same_region"),
            PlaceNamesDiffer = V("place_names_differ"), SameUnlistedPlace = V("same_unlisted_place"), PlaceNameUnmatched = V("place_name_unmatched"), SettlementsDiffer = V("settlements_differ"),
            SameSubEvent = V("same_sub_event"), SameEventType = V("same_event_type"), OtherEventType = V("other_event_type"), CrowdToldTwoWays = V("crowd_told_two_ways"), CrowdAndViolence = V("crowd_and_violence"),
            SameActor = V("same_actor"), SameUnnamedActor = V("same_unnamed_actor"), OtherTarget = V("other_target"),
            SameTarget = V("same_target"), ActorNamedByOther = V("actor_named_by_other"), OtherPerpetratorNamed = V("other_perpetrator_named"), SameCrowd = V("same_crowd"),
            SameToll = V("same_toll"), SameSmallToll = V("same_small_toll"), SmallToll = (int)V("small_toll"), CloseToll = V("close_toll"), CloseTollRatio = V("close_toll_ratio"), FarToll = V("far_toll"), FarTollRatio = V("far_toll_ratio"), TollUpdate = V("toll_update"), TollRevised = V("toll_revised"), SmallTollWithin = V("small_toll_within"), TollTold = V("toll_told"),
            SharedName = V("shared_name"), SharedNamesMax = V("shared_names_max"),
            SharedDocumentName = V("shared_document_name"), SharedDocumentNamesMax = V("shared_document_names_max"),
            SharedWord = V("shared_word"), SharedWordsMax = V("shared_words_max"), SharedWordsFree = (int)V("shared_words_free"), SharedWordCrowd = V("shared_word_crowd"), WordMinLetters = V("word_min_letters"),
            OncePerPlace = V("once_per_place"), OncePerPlaceTypes = ReadOnce(dataDirectory),
            Threshold = V("threshold"), RegionThreshold = V("region_threshold"),
        };
    }

    /// <summary>The sub-event types of dedup-once.tsv; a sub-event type the taxonomy does not know is an error naming the line.</summary>
    private static System.Collections.Immutable.ImmutableHashSet<string> ReadOnce(string dataDirectory)
    {
        var types = System.Collections.Immutable.ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var (path, line, fields) in DedupData.Rows(dataDirectory, OnceFileName))
        {
            if (Sitrep.Events.SubEventType.TryParse(fields[0]) is null) throw new ResourceFormatException(path, line, $"unknown sub-event type '{fields[0]}'");
            types.Add(fields[0]);
        }
        return types.ToImmutable();
    }

    private static readonly HashSet<string> Names =
    [
        "max_km", "town_km", "region_km", "same_place_km", "days_week", "days_month",
        "same_day", "day_apart_vague", "day_apart_exact", "day_apart_night", "day_apart_once", "days_apart_vague",
        "same_place", "same_district", "same_region", "same_unlisted_place", "place_names_differ", "place_name_unmatched", "settlements_differ",
        "same_sub_event", "same_event_type", "other_event_type", "crowd_told_two_ways", "crowd_and_violence", "once_per_place", "same_actor", "same_unnamed_actor", "other_target", "same_target", "actor_named_by_other", "other_perpetrator_named", "same_crowd",
        "same_toll", "same_small_toll", "small_toll", "close_toll", "close_toll_ratio", "far_toll", "far_toll_ratio", "toll_update", "toll_revised", "small_toll_within", "toll_told",
        "shared_name", "shared_names_max", "shared_document_name", "shared_document_names_max",
        "shared_word", "shared_words_max", "shared_words_free", "shared_word_crowd", "word_min_letters", "threshold", "region_threshold",
    ];
}
