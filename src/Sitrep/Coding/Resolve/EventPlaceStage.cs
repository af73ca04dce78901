namespace Sitrep.Coding.Resolve;

/// <summary>
/// Where the event happened, by <see cref="PlaceResolver"/>'s reading of the frame's place names, and so the event's
/// country: the place's, else the first country the document names.
/// </summary>
public sealed class EventPlaceStage : IResolutionStage
{
    public const string Field = "location";
    /// <summary>The evidence of the far end of the road the place is on (<see cref="ResolvedPlace.RouteEnd"/>), and the rule that tells it.</summary>
    public const string RouteEndField = "route_end";

    public string Name => "place";
    public DraftField Reads => DraftField.None;
    public DraftField Writes => DraftField.Place;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context)
    {
        var doc = context.Doc;
        var place = PlaceResolver.Resolve(doc, context.Frame, context.Resources.Gazetteer, context.CountryContext, context.Resources.Lexicon.Words);
        var country = place?.CountryCode ?? doc.Countries.FirstOrDefault()?.Iso2;
        draft = draft with { Place = place, CountryCode = country };
        if (place is not null)
        {
            draft = draft.Fired(context.Rule(Field, place.Rule, $"{place.Location} (precision {(int)place.GeoPrecision})", place.Evidence));
            return place.RouteEnd is { } end ? draft.Fired(context.Rule(Field, "road-other-end", doc.Document.Slice(end), end)) : draft;
        }
        return country is null ? draft.Fired(context.Rule(Field, "no-place-told", "")) : draft.Fired(context.Rule("country", "first-country-named", country, doc.Countries[0].Span));
    }
}
