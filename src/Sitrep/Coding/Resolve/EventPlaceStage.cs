namespace Sitrep.Coding.Resolve;

/// <summary>
/// Where the event happened, by <see cref="PlaceResolver"/>'s reading of the frame's place names, and so the event's
/// country: the place's, else the first country the document names.
/// </summary>
public sealed class EventPlaceStage : IResolutionStage
{
    public const string Field = "location";

    public string Name => "place";
    public DraftField Reads => DraftField.None;
    public DraftField Writes => DraftField.Place;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context)
    {
        var doc = context.Doc;
        var place = PlaceResolver.Resolve(doc, context.Frame, context.Resources.Gazetteer, context.CountryContext);
        var country = place?.CountryCode ?? doc.Countries.FirstOrDefault()?.Iso2;
        draft = draft with { Place = place, CountryCode = country };
        if (place is not null)
            return draft.Fired(context.Rule(Field, place.Rule, $"{place.Location} (precision {(int)place.GeoPrecision})", place.Evidence));
        return country is null ? draft.Fired(context.Rule(Field, "no-place-told", "")) : draft.Fired(context.Rule("country", "first-country-named", country, doc.Countries[0].Span));
    }
}
