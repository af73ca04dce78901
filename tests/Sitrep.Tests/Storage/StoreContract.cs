using Shouldly;
using Sitrep.Events;
using Sitrep.Documents;
using Sitrep.Storage;
using Xunit;

namespace Sitrep.Tests.Storage;

/// <summary>
/// What every store must do, run against each (as Dapper runs one suite over every database): idempotent
/// ingest, merging reports of one event written differently by different outlets, keeping distinct events
/// apart, undoing a merge a later report contradicts, and the query filters.
/// </summary>
public abstract class StoreContract : IDisposable
{
    protected abstract IEventStore OpenStore();
    public abstract void Dispose();

    private IEventStore? _store;
    protected IEventStore Store => _store ??= OpenStore();

    protected static Document Doc(string id, string text, string published, string outlet) =>
        new(id, text, DateOnly.Parse(published), null, $"https://example.org/{id}", outlet);

    protected IngestOutcome Ingest(Document d) => Store.Ingest(d, TestResources.Coder.Code(d));

    // Three reports of one attack, in different words, from different outlets and days.
    private static readonly Document WireReport = Doc("wire-1",
        "Suspected jihadists killed at least 12 civilians in an attack on the Sokoura market of Sevare in central Mali on Tuesday, mayor Amadou Kassa said.",
        "2022-03-08", "Wire Service");
    private static readonly Document LocalReport = Doc("local-1",
        "Gunmen on motorbikes stormed the Sokoura market in Sevare on Tuesday and shot dead 14 villagers, Amadou Kassa, the mayor, told our reporter.",
        "2022-03-09", "Mopti Matin");
    private static readonly Document OtherEvent = Doc("other-1",
        "Protesters marched through Bamako on Tuesday to demand the release of detained journalists.",
        "2022-03-08", "Wire Service");

    [Fact]
    public void Storing_a_document_again_changes_nothing()
    {
        Ingest(WireReport).NewDocument.ShouldBeTrue();
        var before = Store.Count(EventQuery.All);
        var again = Ingest(WireReport with { Id = "wire-1-copy" });
        again.NewDocument.ShouldBeFalse();
        Store.Count(EventQuery.All).ShouldBe(before);
        Store.Stats(EventQuery.All).Documents.ShouldBe(1);
    }

    [Fact]
    public void Two_texts_under_one_id_are_both_kept_and_each_events_evidence_indexes_its_own_text()
    {
        var first = Doc("index", WireReport.Text, "2022-03-08", "Wire Service");
        var second = Doc("index", OtherEvent.Text, "2022-03-08", "Bamako Daily");
        Ingest(first).StoredAs.ShouldBeNull();
        var outcome = Ingest(second);
        outcome.NewDocument.ShouldBeTrue();
        outcome.StoredAs.ShouldBe(DocumentKey.DerivedId("index", DocumentKey.Of(second)));
        Ingest(second).NewDocument.ShouldBeFalse(); // the same text again is the same document, under the same derived id
        Store.Stats(EventQuery.All).Documents.ShouldBe(2);
        Store.GetDocument("index")!.Text.ShouldBe(first.Text);
        Store.GetDocument(outcome.StoredAs!)!.Text.ShouldBe(second.Text);
        foreach (var e in Store.Query(EventQuery.All))
        {
            var text = Store.GetDocument(e.Sources.Single().DocId)!.Text;
            foreach (var v in e.Evidence) text[v.Start..v.End].ShouldBe(v.Text);
        }
    }

    [Fact]
    public void Reports_of_one_event_from_two_outlets_become_one_event_with_both_sources()
    {
        Ingest(WireReport);
        var outcome = Ingest(LocalReport);
        outcome.Merged.ShouldBe(1);
        var events = Store.Query(EventQuery.All);
        events.Count.ShouldBe(1);
        var e = events[0];
        e.Sources.Select(s => s.Outlet).ShouldBe(["Wire Service", "Mopti Matin"], ignoreOrder: true);
        e.Fatalities.ShouldBe(14);          // the later report's count revises the first (data/acled/merge-toll.tsv)
        e.FatalitiesLow.ShouldBe(12);       // the lowest count any report gave
        e.FatalitiesHigh.ShouldBe(14);
        e.Location.ShouldBe("Sevare");      // the more precise place
        e.GeoPrecision.ShouldBe(GeoPrecision.Town);
        e.EventDate.ShouldBe(new DateOnly(2022, 3, 8)); // "on Tuesday" said on the 8th and on the 9th
        e.Evidence.Select(x => x.DocId).Distinct().ShouldBe(["wire-1", "local-1"], ignoreOrder: true);
        e.MergeReasons.ShouldHaveSingleItem().ShouldContain("same day");
    }

    [Fact]
    public void Different_events_stay_apart()
    {
        Ingest(WireReport);
        Ingest(OtherEvent);
        Store.Count(EventQuery.All).ShouldBe(2);
    }

    [Fact]
    public void A_later_report_that_fits_one_member_better_undoes_the_merge_it_contradicts()
    {
        // A and B merge: same day and place, the same checkpoint named, B names JNIM and A nobody.
        var a = Doc("a", "Gunmen attacked the Kona checkpoint in Mopti on Friday, killing two soldiers, said mayor Oumar Diallo.", "2022-03-11", "Outlet A");
        var b = Doc("b", "JNIM fighters attacked the Kona checkpoint in Mopti on Friday, killing two soldiers.", "2022-03-11", "Outlet B");
        Ingest(a);
        Ingest(b);
        Store.Count(EventQuery.All).ShouldBe(1);
        // C shares more with A (the mayor's name too) and blames another group than B: A belongs with C, and B stands alone.
        var c = Doc("c", "Islamic State fighters attacked the Kona checkpoint in Mopti on Friday, killing two soldiers, mayor Oumar Diallo said.", "2022-03-12", "Outlet C");
        Ingest(c);
        var events = Store.Query(EventQuery.All);
        events.Count.ShouldBe(2);
        events.Single(e => e.Sources.Any(s => s.DocId == "b")).Sources.Length.ShouldBe(1);
        events.Single(e => e.Sources.Any(s => s.DocId == "c")).Sources.Select(s => s.DocId).ShouldBe(["a", "c"], ignoreOrder: true);
    }

    [Fact]
    public void Events_have_acled_style_ids_that_a_joining_report_keeps()
    {
        Ingest(OtherEvent);
        var first = Store.Query(EventQuery.All).Single().EventId;
        first.ShouldMatch("^MLI[0-9]+$");
        Ingest(WireReport);
        var wire = Store.Query(EventQuery.All).Single(e => e.EventId != first).EventId;
        wire.ShouldNotBe(first);
        Store.Get(first)!.EventId.ShouldBe(first);
        // The local report joins the wire report's event, which keeps its id.
        Ingest(LocalReport);
        Store.Query(EventQuery.All).Single(e => e.Sources.Length == 2).EventId.ShouldBe(wire);
        Store.Get("ZZZ1").ShouldBeNull();
    }

    [Fact]
    public void An_analysts_split_gives_the_reports_a_new_id_and_sticks_when_a_later_report_arrives()
    {
        Ingest(WireReport);
        Ingest(LocalReport);
        var joint = Store.Query(EventQuery.All).Single();
        var split = Store.Split(joint.EventId, ["local-1#1"]);
        split.Succeeded.ShouldBeTrue(split.Refusal);
        split.EventIds[0].ShouldBe(joint.EventId);
        split.EventIds[1].ShouldNotBe(joint.EventId);
        Store.Get(split.EventIds[1])!.Sources.ShouldHaveSingleItem().DocId.ShouldBe("local-1");
        // A third report of the attack, close to both, cannot bring the split reports back together.
        Ingest(Doc("third-1", "Gunmen stormed the Sokoura market of Sevare on Tuesday, killing 12 villagers, mayor Amadou Kassa said.", "2022-03-08", "Third Outlet"));
        Store.Query(EventQuery.All).ShouldNotContain(e => e.Sources.Any(s => s.DocId == "wire-1") && e.Sources.Any(s => s.DocId == "local-1"));
        Store.Split(joint.EventId, ["nobody#1"]).Refusal!.ShouldContain("has no report 'nobody#1'");
        Store.Split("MLI999999", ["wire-1"]).UnknownEvent.ShouldBeTrue();
    }

    [Fact]
    public void An_analysts_merge_keeps_the_older_id_and_the_absorbed_id_leads_to_it()
    {
        Ingest(WireReport);
        Ingest(OtherEvent);
        var wire = Store.Query(EventQuery.All).Single(e => e.Sources.Any(s => s.DocId == "wire-1")).EventId;
        var other = Store.Query(EventQuery.All).Single(e => e.EventId != wire).EventId;
        var merged = Store.Merge(other, wire);
        merged.Succeeded.ShouldBeTrue(merged.Refusal);
        merged.EventIds.ShouldBe([wire]); // the wire report's event was made first
        var e = Store.Query(EventQuery.All).ShouldHaveSingleItem();
        e.EventId.ShouldBe(wire);
        e.AbsorbedIds!.Value.ShouldBe([other]);
        Store.Get(other)!.EventId.ShouldBe(wire);
        e.MergeReasons.ShouldContain(r => r.Contains("merged by an analyst"));
        // The decision holds when the store regroups around a new report of the neighbourhood.
        Ingest(LocalReport);
        Store.Query(EventQuery.All).Single(x => x.Sources.Any(s => s.DocId == "other-1")).Sources.Select(s => s.DocId).ShouldContain("wire-1");
        Store.Merge(wire, other).Refusal!.ShouldContain("one event already");
    }

    [Fact]
    public void The_actor_filter_finds_a_states_forces_by_their_name_without_the_regimes_years()
    {
        Ingest(Doc("mali-army-1", "Malian soldiers killed five militants near Mopti on Tuesday.", "2022-03-08", "Wire Service"));
        Store.Query(new EventQuery { Actor = "Military Forces of Mali" }).Single().Actor1.ShouldBe("Military Forces of Mali (2021-)");
        Store.Count(new EventQuery { Actor = "military forces of mali (2021-)" }).ShouldBe(1);
    }

    [Fact]
    public void Filters_select_by_date_country_type_actor_place_and_words()
    {
        Ingest(WireReport);
        Ingest(OtherEvent);
        Ingest(Doc("kenya-1", "Police fired tear gas at protesters in Nairobi on Friday.", "2022-03-12", "Nairobi Courier"));
        Store.Count(new EventQuery { Country = "Kenya" }).ShouldBe(1);
        Store.Count(new EventQuery { Type = "Protests" }).ShouldBe(2);
        Store.Count(new EventQuery { Type = "Protest with intervention" }).ShouldBe(1);
        Store.Count(new EventQuery { From = new DateOnly(2022, 3, 10) }).ShouldBe(1);
        Store.Count(new EventQuery { To = new DateOnly(2022, 3, 9) }).ShouldBe(2);
        Store.Count(new EventQuery { Actor = "police forces of kenya" }).ShouldBe(1);
        Store.Count(new EventQuery { Bbox = (-12, 10, 4, 25) }).ShouldBe(2); // Mali
        Store.Count(new EventQuery { Text = "journalists" }).ShouldBe(1);
        Store.Count(new EventQuery { Text = "\"unbalanced quote" }).ShouldBe(0);
        var one = Store.Query(new EventQuery { Country = "Kenya" }).Single();
        Store.Get(one.EventId)!.Location.ShouldBe("Nairobi");
        Store.GetDocument("kenya-1")!.Text.ShouldStartWith("Police fired tear gas");
        var stats = Store.Stats(EventQuery.All);
        stats.Events.ShouldBe(3);
        stats.ByCountry.ShouldContain(("Mali", 2L));
    }
}
