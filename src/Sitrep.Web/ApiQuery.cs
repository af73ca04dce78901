using Microsoft.AspNetCore.Http;
using Sitrep.Documents;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>Reads the event filters from a query string, the same ones <c>sitrep events</c> takes; a bad value is an error naming it.</summary>
public static class ApiQuery
{
    public const int MaxLimit = 5000;

    public static (EventQuery? Query, string? Error) Parse(IQueryCollection q, int defaultLimit = 500)
    {
        string? S(string name) => q.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString() : null;
        DateOnly? from = null, to = null;
        if (S("from") is { } f) { if (!DateText.TryParse(f, out var d)) return (null, $"from: '{f}' is not a date such as 2020-05-09"); from = d; }
        if (S("to") is { } t) { if (!DateText.TryParse(t, out var d)) return (null, $"to: '{t}' is not a date such as 2020-05-09"); to = d; }
        (double, double, double, double)? bbox = null;
        if (S("bbox") is { } b) { bbox = EventQuery.ParseBbox(b); if (bbox is null) return (null, $"bbox: '{b}' is not minLon,minLat,maxLon,maxLat"); }
        int limit = defaultLimit, offset = 0;
        if (S("limit") is { } l && (!int.TryParse(l, out limit) || limit < 1 || limit > MaxLimit)) return (null, $"limit: '{l}' is not a number from 1 to {MaxLimit}");
        if (S("offset") is { } o && (!int.TryParse(o, out offset) || offset < 0)) return (null, $"offset: '{o}' is not a number from 0");
        return (new EventQuery
        {
            From = from, To = to, Country = S("country"), Admin1 = S("admin1"), Type = S("type"), SubType = S("sub_type"),
            Actor = S("actor"), Bbox = bbox, Text = S("q"), Limit = limit, Offset = offset,
        }, null);
    }
}
