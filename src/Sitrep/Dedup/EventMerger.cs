using System.Collections.Immutable;
using Sitrep.Events;

namespace Sitrep.Dedup;

/// <summary>
/// Merges the reports of one event into one record (the fields that follow from the actors set by <see cref="CodedEvent.WithDerivedFields"/>, as the coder sets them): the most precise date and place, the most
/// specific type and actors (a named group over an unnamed one), the toll by <see cref="MergeTollRules"/> (ACLED's
/// conservative figure of the latest reports, as a later report revises the first count, and the low/high range across reports),
/// and every report's source and evidence.
/// </summary>
public static class EventMerger
{
    public static CodedEvent Merge(string eventId, IReadOnlyList<CodedEvent> reports, IReadOnlyList<string> reasons) =>
        Merge(eventId, reports, reasons, MergeTollRules.Default);

    /// <summary>The merged event, its toll by <paramref name="tolls"/> (data/acled/merge-toll.tsv).</summary>
    public static CodedEvent Merge(string eventId, IReadOnlyList<CodedEvent> reports, IReadOnlyList<string> reasons, MergeTollRules tolls)
    {
        if (reports.Count == 0) throw new ArgumentException("An event needs at least one report.", nameof(reports));
        var byConfidence = reports.OrderByDescending(r => r.Confidence).ThenBy(r => r.DocId, StringComparer.Ordinal).ToList();
        var lead = byConfidence[0];
        var date = reports.Where(r => r.EventDate is not null).OrderBy(r => r.TimePrecision).ThenBy(r => r.EventDate).FirstOrDefault() ?? lead;
        var place = reports.Where(r => r.Latitude is not null).OrderBy(r => r.GeoPrecision).ThenByDescending(r => r.Confidence).FirstOrDefault() ?? lead;
        var named1 = byConfidence.FirstOrDefault(r => UnnamedActorNames.Default.IsNamed(r.Actor1)) ?? lead;
        var named2 = byConfidence.FirstOrDefault(r => UnnamedActorNames.Default.IsNamed(r.Actor2))
            ?? byConfidence.FirstOrDefault(r => r.Actor2.Length > 0) ?? lead;
        var (fatalities, low, high) = tolls.Of(reports);
        var evidence = reports.SelectMany(r => r.Evidence.Select(e => e with { DocId = e.DocId ?? r.DocId })).ToImmutableArray();
        var sources = reports.SelectMany(r => r.Sources).DistinctBy(s => s.DocId).OrderBy(s => s.Published).ThenBy(s => s.DocId, StringComparer.Ordinal).ToImmutableArray();
        return (lead with
        {
            EventId = eventId,
            DocId = reports.Count == 1 ? lead.DocId : byConfidence.Select(r => r.DocId).Order(StringComparer.Ordinal).First(),
            EventDate = date.EventDate,
            TimePrecision = date.TimePrecision,
            Actor1 = named1.Actor1,
            Inter1 = named1.Inter1,
            AssocActor1 = named1.AssocActor1,
            Actor2 = named2.Actor2,
            Inter2 = named2.Inter2,
            AssocActor2 = named2.AssocActor2,
            Iso = place.Iso, Iso3 = place.Iso3, Region = place.Region, Country = place.Country, Admin1 = place.Admin1, Admin2 = place.Admin2,
            Admin3 = place.Admin3, Location = place.Location, Latitude = place.Latitude, Longitude = place.Longitude, GeoPrecision = place.GeoPrecision,
            Fatalities = fatalities,
            FatalitiesLow = low,
            FatalitiesHigh = high,
            Source = string.Join("; ", sources.Select(s => s.Outlet).Where(o => !string.IsNullOrEmpty(o)).Distinct()),
            Confidence = Math.Min(0.99, lead.Confidence + 0.05 * (reports.Count - 1)),
            // A report that gives the crowd's size (its tags rest on a span) tells more than one that gives none.
            Tags = (byConfidence.FirstOrDefault(r => r.Evidence.Any(e => e.Field == Coding.Resolve.CrowdSizeStage.Field)) ?? lead).Tags,
            Evidence = evidence,
            Sources = sources,
            MergeReasons = [.. reasons],
        }).WithDerivedFields();
    }
}
