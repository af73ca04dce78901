using Shouldly;
using Sitrep.Events;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// Readings of place, date and count that two outlets write differently of one event, so that both code it alike and
/// the reports can merge: sentences written for these tests.
/// </summary>
public sealed class TwoReportsOneEventTests
{
    private static IReadOnlyList<CodedEvent> French(string text, string published) =>
        TestResources.Coder.Code(new Sitrep.Documents.Document("fr", text, DateOnly.Parse(published), Language: "fr"));

    [Theory]
    // Published on Monday 13 June 2022: the night of Saturday to Sunday began on Saturday, as the other outlet dates it.
    [InlineData("Des hommes armés ont attaqué le village de Kaya dans la nuit de samedi à dimanche, tuant dix civils.", "2022-06-13")]
    [InlineData("Des hommes armés ont attaqué le village de Kaya dans la nuit du samedi 11 au dimanche 12 juin, tuant dix civils.", "2022-06-12")]
    public void A_night_told_by_its_days_is_dated_by_them_not_from_publication(string text, string published) =>
        French(text, published).ShouldHaveSingleItem().EventDate.ShouldBe(new DateOnly(2022, 6, 11));

    [Fact]
    public void Overnight_on_a_weekday_is_that_weekday() =>
        // Published on Monday 8 June 2020.
        Main("Gunmen attacked a village near Maiduguri overnight on Saturday, killing six farmers.", "2020-06-08")
            .EventDate.ShouldBe(new DateOnly(2020, 6, 6));

    [Fact]
    public void A_weekday_before_the_date_it_names_is_that_date_not_the_last_such_weekday() =>
        // Published on Friday 10 November 2023: "vendredi" alone would be that day.
        French("Des hommes armés ont enlevé cinq agents près de Say, le vendredi 3 novembre 2023 au soir.", "2023-11-10")
            .ShouldHaveSingleItem().EventDate.ShouldBe(new DateOnly(2023, 11, 3));

    [Fact]
    public void A_weekday_and_its_date_after_a_comma_are_one_date() =>
        Main("On Friday, November 10, gunmen abducted five traders near Kaduna.", "2023-11-17")
            .EventDate.ShouldBe(new DateOnly(2023, 11, 10));

    [Fact]
    public void Two_dozen_is_twenty_four() =>
        Main("More than two dozen villagers were killed when gunmen attacked Kauru on Friday.", "2020-06-08")
            .Fatalities.ShouldBe(24);

    [Fact]
    public void Downtown_is_the_town_itself_over_a_place_named_for_the_protest_s_cause()
    {
        var e = Code("Thousands of students marched in downtown Nairobi on Sunday. They held a minute of silence for the traders who died in the fire at the Mombasa market.", "2024-03-04")
            .ShouldHaveSingleItem();
        e.Location.ShouldBe("Nairobi");
    }

    [Fact]
    public void A_road_between_two_towns_is_near_its_first_end_even_told_with_its_kind()
    {
        var e = French("Mardi, un minibus a heurté une mine sur la piste reliant la localité de Kaya à Dori, faisant neuf morts.", "2022-06-15")
            .ShouldHaveSingleItem();
        e.Location.ShouldBe("Kaya");
        e.GeoPrecision.ShouldBe(GeoPrecision.NearTown);
        // The road's other end is kept as evidence of its own, so that a matcher reads it as the road, not a second place.
        e.Evidence.Where(x => x.Field == Sitrep.Coding.Resolve.EventPlaceStage.RouteEndField).Select(x => x.Text).ShouldBe(["Dori"]);
    }

    [Fact]
    public void A_place_beside_the_coded_one_that_is_no_road_s_end_keeps_no_route_evidence()
    {
        var e = French("Mardi, un minibus a heurté une mine près de Kaya, non loin de Dori, faisant neuf morts.", "2022-06-15").ShouldHaveSingleItem();
        e.Evidence.ShouldNotContain(x => x.Field == Sitrep.Coding.Resolve.EventPlaceStage.RouteEndField);
    }

    [Fact]
    public void A_sentence_that_opens_on_another_town_tells_its_own_event_even_in_words_that_refer_back()
    {
        var events = Code("Thousands of students protested in Nairobi on Sunday against the new tax. The protest began at noon. In Kisumu, the protest also began at noon, in memory of the students killed in Nakuru.", "2024-03-04");
        events.Select(e => e.Location).ShouldBe(["Nairobi", "Kisumu"], ignoreOrder: true);
    }

    [Fact]
    public void A_place_captured_told_as_a_noun_is_territory_taken() =>
        Main("On Monday the rebels celebrated the capture of the army base in Kidal after days of fighting.", "2023-11-15")
            .EventType.ShouldBe("Battles");
}
