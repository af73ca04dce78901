using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Sitrep.Events;

/// <summary>
/// One coded event: ACLED's fields, then Sitrep's (ids, the fatality range, evidence,
/// sources, confidence). This record is the contract between coding, storage, the API
/// and the exports (design/EVENTS.md).
/// </summary>
public sealed record CodedEvent
{
    [JsonPropertyName("event_id")] public required string EventId { get; init; }
    [JsonPropertyName("doc_id")] public required string DocId { get; init; }
    /// <summary>The day the event happened; null when the text gives no date and no publication date is known.</summary>
    [JsonPropertyName("event_date")] public DateOnly? EventDate { get; init; }
    /// <summary>1 the day is known, 2 a few days or a week, 3 only the month.</summary>
    [JsonPropertyName("time_precision"), JsonConverter(typeof(JsonNumberEnumConverter<TimePrecision>))] public TimePrecision TimePrecision { get; init; } = TimePrecision.Day;
    [JsonPropertyName("disorder_type")] public required string DisorderType { get; init; }
    [JsonPropertyName("event_type")] public required string EventType { get; init; }
    [JsonPropertyName("sub_event_type")] public required string SubEventType { get; init; }
    [JsonPropertyName("actor1")] public required string Actor1 { get; init; }
    [JsonPropertyName("assoc_actor_1")] public string AssocActor1 { get; init; } = "";
    [JsonPropertyName("inter1"), JsonConverter(typeof(JsonNumberEnumConverter<Inter>))] public Inter Inter1 { get; init; }
    [JsonPropertyName("actor2")] public string Actor2 { get; init; } = "";
    [JsonPropertyName("assoc_actor_2")] public string AssocActor2 { get; init; } = "";
    [JsonPropertyName("inter2"), JsonConverter(typeof(JsonNumberEnumConverter<Inter>))] public Inter Inter2 { get; init; }
    [JsonPropertyName("interaction")] public int Interaction { get; init; }
    [JsonPropertyName("civilian_targeting")] public string CivilianTargeting { get; init; } = "";
    [JsonPropertyName("iso")] public int? Iso { get; init; }
    [JsonPropertyName("iso3")] public string Iso3 { get; init; } = "";
    [JsonPropertyName("region")] public string Region { get; init; } = "";
    [JsonPropertyName("country")] public string Country { get; init; } = "";
    [JsonPropertyName("admin1")] public string Admin1 { get; init; } = "";
    [JsonPropertyName("admin2")] public string Admin2 { get; init; } = "";
    [JsonPropertyName("admin3")] public string Admin3 { get; init; } = "";
    [JsonPropertyName("location")] public string Location { get; init; } = "";
    [JsonPropertyName("latitude")] public double? Latitude { get; init; }
    [JsonPropertyName("longitude")] public double? Longitude { get; init; }
    /// <summary>1 the town itself, 2 near a town or part of a region, 3 a larger region or the country.</summary>
    [JsonPropertyName("geo_precision"), JsonConverter(typeof(JsonNumberEnumConverter<GeoPrecision>))] public GeoPrecision GeoPrecision { get; init; } = GeoPrecision.Region;
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("notes")] public string Notes { get; init; } = "";
    /// <summary>When the stored event last changed (unix seconds, as ACLED's timestamp); null for an event never stored.</summary>
    [JsonPropertyName("timestamp"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public long? Timestamp { get; init; }
    /// <summary>ACLED's figure: the most conservative count of reported deaths, 0 when none.</summary>
    [JsonPropertyName("fatalities")] public int Fatalities { get; init; }
    [JsonPropertyName("fatalities_low")] public int FatalitiesLow { get; init; }
    [JsonPropertyName("fatalities_high")] public int FatalitiesHigh { get; init; }
    /// <summary>ACLED's tags as its export writes them ("crowd size=hundreds" for a demonstration); the CSV joins them with "; ".</summary>
    [JsonPropertyName("tags")] public ImmutableArray<string> Tags { get; init; } = [];
    [JsonPropertyName("confidence")] public double Confidence { get; init; }
    [JsonPropertyName("evidence")] public ImmutableArray<Evidence> Evidence { get; init; } = [];
    [JsonPropertyName("sources")] public ImmutableArray<SourceRef> Sources { get; init; } = [];
    /// <summary>For an event merged from several reports: why each pair was taken for one event.</summary>
    [JsonPropertyName("merge_reasons"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public ImmutableArray<string> MergeReasons { get; init; } = [];
    /// <summary>The ids of events this one absorbed when reports showed them to be one event; each still finds this event.</summary>
    [JsonPropertyName("absorbed_ids"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public ImmutableArray<string>? AbsorbedIds { get; init; }
    /// <summary>With <c>extract --trace</c>: the named rules that set the fields, in the order they fired; null otherwise.</summary>
    [JsonPropertyName("rules"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public IReadOnlyList<RuleFired>? Rules { get; init; }

    /// <summary>
    /// This event with the fields that follow from its actors set from them, once for every place that builds an event
    /// (the coder's and the merge of several reports): the interaction from the two inter codes, civilian targeting from actor2's
    /// as data/acled/derived-columns.tsv writes it.
    /// </summary>
    public CodedEvent WithDerivedFields() => this with
    {
        Interaction = InterCodes.Interaction(Inter1, Inter2),
        CivilianTargeting = DerivedColumns.Default.CivilianTargetingFor(Inter2),
    };
}
