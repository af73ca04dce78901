using System.CommandLine;
using Sitrep.Documents;
using Sitrep.Storage;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary>The filters of <c>sitrep events</c> (and the API): dates, country, type, actor, bounding box, text.</summary>
internal sealed class QueryOptions
{
    public Option<string?> From { get; } = new("--from") { Description = "Events on or after this day (YYYY-MM-DD)" };
    public Option<string?> To { get; } = new("--to") { Description = "Events on or before this day (YYYY-MM-DD)" };
    public Option<string?> Country { get; } = new("--country") { Description = "Country name, as ACLED writes it" };
    public Option<string?> Admin1 { get; } = new("--admin1") { Description = "First-level division" };
    public Option<string?> Type { get; } = new("--type") { Description = "Event type or sub-event type" };
    public Option<string?> Actor { get; } = new("--actor") { Description = "Part of an actor's name" };
    public Option<string?> Bbox { get; } = new("--bbox") { Description = "minLon,minLat,maxLon,maxLat" };
    public Option<string?> Text { get; } = new("--q") { Description = "Words to search for in notes, actors and places" };
    public Option<int> Limit { get; } = new("--limit") { Description = "At most this many events (a notice on stderr says when more match)", DefaultValueFactory = _ => 1000 };
    public Option<int> Offset { get; } = new("--offset") { Description = "Skip this many matching events first (newest first), to page through them" };

    public void AddTo(Command c)
    {
        foreach (var o in new Option[] { From, To, Country, Admin1, Type, Actor, Bbox, Text, Limit, Offset }) c.Options.Add(o);
    }

    /// <summary>The query, or null (with a one-line error written) when a value is malformed.</summary>
    public EventQuery? Parse(ParseResult p)
    {
        DateOnly? Date(Option<string?> o)
        {
            var s = p.GetValue(o);
            if (s is null) return null;
            if (DateText.TryParse(s, out var d)) return d;
            throw new FormatException($"{o.Name}: '{s}' is not {DateText.Expected}");
        }
        try
        {
            if (p.GetValue(Limit) < 1) throw new FormatException($"--limit: {p.GetValue(Limit)} is not a number from 1");
            if (p.GetValue(Offset) < 0) throw new FormatException($"--offset: {p.GetValue(Offset)} is not a number from 0");
            var type = p.GetValue(Type) is { } t ? EventFilters.CanonicalType(t) ?? throw new FormatException(EventFilters.UnknownType("--type", t)) : null;
            var bbox = p.GetValue(Bbox) is { } b ? EventQuery.ParseBbox(b) ?? throw new FormatException($"--bbox: '{b}' is not minLon,minLat,maxLon,maxLat") : ((double, double, double, double)?)null;
            return new EventQuery
            {
                From = Date(From), To = Date(To), Country = p.GetValue(Country), Admin1 = p.GetValue(Admin1), Type = type,
                Actor = p.GetValue(Actor), Bbox = bbox, Text = p.GetValue(Text), Limit = p.GetValue(Limit), Offset = p.GetValue(Offset),
            };
        }
        catch (FormatException e)
        {
            CliErrors.Write(e.Message);
            return null;
        }
    }
}
