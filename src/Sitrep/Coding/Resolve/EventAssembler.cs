using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// Makes the <see cref="CodedEvent"/> of a resolved draft: the fields derived from the type, the actors and the place
/// (event and disorder type, interaction, civilian targeting, the country's codes and region), the notes, the
/// confidence, and the evidence of every field in the order type, actors, place (and the far end of its road), date, the dead, the tags.
/// </summary>
public static class EventAssembler
{
    public static CodedEvent Assemble(DraftEvent draft, ResolutionContext context, bool trace)
    {
        var doc = context.Doc;
        var subType = draft.SubEventType ?? throw new ArgumentException("A draft with no sub-event type codes no event.", nameof(draft));
        var actors = draft.Actors ?? throw new ArgumentException("A draft with no actors resolved is not complete.", nameof(draft));
        var place = draft.Place;
        var countryRecord = place is null ? null : context.Resources.Gazetteer.Country(place.CountryCode);
        var evidence = ImmutableArray.CreateBuilder<Evidence>();
        Evidence E(string field, TextSpan span) => new(field, span.Start, span.End, doc.Document.Slice(span));
        foreach (var span in draft.TypeEvidence) evidence.Add(E(EventTypeStage.Field, span));
        if (actors.Actor1Evidence is TextSpan a1) evidence.Add(E("actor1", a1));
        if (actors.Actor2Evidence is TextSpan a2) evidence.Add(E("actor2", a2));
        if (place?.Evidence is TextSpan ps) evidence.Add(E(EventPlaceStage.Field, ps));
        if (place?.RouteEnd is TextSpan re) evidence.Add(E(EventPlaceStage.RouteEndField, re));
        if (draft.DateEvidence is TextSpan ds) evidence.Add(E(EventDateStage.Field, ds));
        foreach (var f in draft.FatalityEvidence) evidence.Add(E(FatalityCountStage.Field, f));
        foreach (var t in draft.TagEvidence) evidence.Add(E(CrowdSizeStage.Field, t));

        var first = doc.Sentences[context.Frame.First];
        var notes = doc.Document.Slice(first.Span);
        if (notes.Length > 400) notes = notes[..400] + "...";
        double confidence = Math.Min(0.95, 0.35 + Math.Min(0.3, draft.TriggerWeight / 30.0)
            + (place is { GeoPrecision: < GeoPrecision.Region } ? 0.1 : 0) + (actors.Actor1Evidence is not null ? 0.1 : 0) + (draft.Date is not null && draft.TimePrecision == TimePrecision.Day ? 0.05 : 0));

        return new CodedEvent
        {
            EventId = $"{doc.Document.Id}-{context.EventsBefore + 1}",
            DocId = doc.Document.Id,
            EventDate = draft.Date,
            TimePrecision = draft.TimePrecision,
            DisorderType = subType.DisorderType,
            EventType = subType.EventType.Name,
            SubEventType = subType.Name,
            Actor1 = actors.Actor1,
            AssocActor1 = actors.AssocActor1,
            Inter1 = actors.Inter1,
            Actor2 = actors.Actor2,
            AssocActor2 = actors.AssocActor2,
            Inter2 = actors.Inter2,
            Iso = countryRecord?.IsoNumeric,
            Iso3 = countryRecord?.Iso3 ?? "",
            Region = countryRecord?.Region ?? "",
            Country = countryRecord?.Name ?? "",
            Admin1 = place?.Admin1 ?? "",
            Admin2 = place?.Admin2 ?? "",
            Location = place?.Location ?? "",
            Latitude = place?.Latitude is double lat ? Math.Round(lat, 4) : null,
            Longitude = place?.Longitude is double lon ? Math.Round(lon, 4) : null,
            GeoPrecision = place?.GeoPrecision ?? GeoPrecision.Region,
            Source = doc.Document.Source ?? "",
            Notes = notes,
            Fatalities = draft.Fatalities,
            FatalitiesLow = draft.Fatalities,
            FatalitiesHigh = draft.FatalitiesHigh,
            Tags = draft.Tags,
            Confidence = Math.Round(confidence, 2),
            Evidence = evidence.ToImmutable(),
            Sources = [new SourceRef(doc.Document.Id, doc.Document.Source, doc.Document.Url, doc.Document.Published)],
            Rules = trace ? draft.Rules : null,
        }.WithDerivedFields();
    }
}
