using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// Reads the event filters from a query string, the same ones <c>sitrep events</c> takes; a bad value is an error
/// naming it. No value may hold a control character (a NUL ends a C string in the database's text search) or
/// be longer than <see cref="MaxValueLength"/> characters: no filter needs more, and a longer one only costs.
/// </summary>
public static class ApiQuery
{
    public const int MaxLimit = 5000;

    public const int MaxValueLength = 500;

    /// <summary>A page of the event list when the request names no limit.</summary>
    public const int DefaultLimit = 100;

    public static (EventQuery? Query, Problem? Error) Parse(EventFilterParameters q, int defaultLimit = DefaultLimit)
    {
        foreach (var (name, value) in q.Given())
        {
            if (value.Length > MaxValueLength) return (null, Problem.OfParameter(name, $"{value.Length:N0} characters, over the {MaxValueLength} a filter may have"));
            int at = value.AsSpan().IndexOfAnyInRange('\u0000', '\u001F');
            if (at < 0) at = value.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
            if (at >= 0) return (null, Problem.OfParameter(name, $"holds the control character U+{(int)value[at]:X4}"));
        }
        var given = q.Given().ToDictionary(g => g.Name, g => g.Value);
        string? S(string name) => given.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
        DateOnly? from = null, to = null;
        if (S("from") is { } f) { if (!DateText.TryParse(f, out var d)) return (null, Problem.OfParameter("from", $"'{f}' is not {DateText.Expected}")); from = d; }
        if (S("to") is { } t) { if (!DateText.TryParse(t, out var d)) return (null, Problem.OfParameter("to", $"'{t}' is not {DateText.Expected}")); to = d; }
        (double, double, double, double)? bbox = null;
        if (S("bbox") is { } b) { bbox = EventQuery.ParseBbox(b); if (bbox is null) return (null, Problem.OfParameter("bbox", $"'{b}' is not minLon,minLat,maxLon,maxLat")); }
        int limit = defaultLimit, offset = 0;
        if (S("limit") is { } l && (!int.TryParse(l, out limit) || limit < 1 || limit > MaxLimit)) return (null, Problem.OfParameter("limit", $"'{l}' is not a number from 1 to {MaxLimit}"));
        if (S("offset") is { } o && (!int.TryParse(o, out offset) || offset < 0)) return (null, Problem.OfParameter("offset", $"'{o}' is not a number from 0"));
        string? type = null, subType = null;
        if (S("type") is { } ty && (type = EventFilters.CanonicalType(ty)) is null) return (null, Problem.OfParameter("type", EventFilters.UnknownTypeDetail(ty)));
        if (S("sub_type") is { } st && (subType = EventFilters.CanonicalSubType(st)) is null) return (null, Problem.OfParameter("sub_type", $"'{st}' is not one of ACLED's 25 sub-event types"));
        int? minDead = null;
        Inter? kind = null;
        if (S("min_fatalities") is { } md) { if (!int.TryParse(md, out var n) || n < 0) return (null, Problem.OfParameter("min_fatalities", $"'{md}' is not a number from 0")); minDead = n; }
        if (S("actor_kind") is { } ak) { if (!InterCodes.TryParseActor(ak, out var k)) return (null, Problem.OfParameter("actor_kind", $"'{ak}' is not an inter code from 1 to 8")); kind = k; }
        return (new EventQuery
        {
            From = from, To = to, Country = S("country"), Admin1 = S("admin1"), Type = type, SubType = subType,
            Actor = S("actor"), Bbox = bbox, Text = S("q"), Limit = limit, Offset = offset,
            MinFatalities = minDead, ActorKind = kind, After = S("after"),
        }, null);
    }
}
