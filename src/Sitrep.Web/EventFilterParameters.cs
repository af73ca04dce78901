using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Sitrep.Web;

/// <summary>
/// The query parameters of the event endpoints, bound with <c>[AsParameters]</c> so that the OpenAPI document declares
/// each one, typed (<see cref="ParameterTypeAttribute"/>). They arrive as text and <see cref="ApiQuery"/> reads them, so that a bad value is a problem answer naming it.
/// </summary>
public sealed class EventFilterParameters
{
    /// <summary>Four finite numbers, comma-separated, as <see cref="Storage.EventQuery.ParseBbox"/> reads them.</summary>
    public const string BboxPattern = @"^\s*[-+0-9.eE]+\s*(,\s*[-+0-9.eE]+\s*){3}$";

    [FromQuery(Name = "from"), ParameterType("string", Format = "date"), Description("Events on or after this day (YYYY-MM-DD)")] public string? From { get; init; }
    [FromQuery(Name = "to"), ParameterType("string", Format = "date"), Description("Events on or before this day (YYYY-MM-DD)")] public string? To { get; init; }
    [FromQuery(Name = "country"), Description("Country, as ACLED names it (any case)")] public string? Country { get; init; }
    [FromQuery(Name = "admin1"), Description("First-level division (any case)")] public string? Admin1 { get; init; }
    [FromQuery(Name = "type"), Description("ACLED event type or sub-event type (any case), e.g. Battles")] public string? Type { get; init; }
    [FromQuery(Name = "sub_type"), Description("ACLED sub-event type (any case), e.g. Armed clash")] public string? SubType { get; init; }
    [FromQuery(Name = "actor"), Description("Part of actor1's or actor2's name")] public string? Actor { get; init; }
    [FromQuery(Name = "actor_kind"), ParameterType("integer", Format = "int32", Minimum = 1, Maximum = 8), Description("Inter code of actor1 or actor2: 1 state forces, 2 rebels, 3 political militia, 4 identity militia, 5 rioters, 6 protesters, 7 civilians, 8 external/other")] public string? ActorKind { get; init; }
    [FromQuery(Name = "min_fatalities"), ParameterType("integer", Format = "int32", Minimum = 0), Description("Events with at least this many reported deaths")] public string? MinFatalities { get; init; }
    [FromQuery(Name = "bbox"), ParameterType("string", Pattern = BboxPattern), Description("minLon,minLat,maxLon,maxLat")] public string? Bbox { get; init; }
    [FromQuery(Name = "q"), Description("Words to search for in notes, actors and places")] public string? Q { get; init; }
    [FromQuery(Name = "limit"), ParameterType("integer", Format = "int32", Minimum = 1, Maximum = ApiQuery.MaxLimit), Description("Events per page, 1 to 5000 (default 100; exports default to 5000)")] public string? Limit { get; init; }
    [FromQuery(Name = "offset"), ParameterType("integer", Format = "int32", Minimum = 0), Description("Skip this many events first (newest first); prefer 'after' for deep pages")] public string? Offset { get; init; }
    [FromQuery(Name = "after"), Description("Keyset paging: the events listed after this event id (the page's next_after)")] public string? After { get; init; }

    /// <summary>Every parameter given, by its name in the query string.</summary>
    public IEnumerable<(string Name, string Value)> Given()
    {
        (string, string?)[] all =
        [
            ("from", From), ("to", To), ("country", Country), ("admin1", Admin1), ("type", Type), ("sub_type", SubType), ("actor", Actor),
            ("actor_kind", ActorKind), ("min_fatalities", MinFatalities), ("bbox", Bbox), ("q", Q), ("limit", Limit), ("offset", Offset), ("after", After),
        ];
        foreach (var (name, value) in all)
            if (value is not null) yield return (name, value);
    }
}
