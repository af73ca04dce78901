using Shouldly;
using Sitrep.Events;
using Sitrep.Monitor;
using Xunit;

namespace Sitrep.Tests.Monitor;

public sealed class AlertRuleTests
{
    private static readonly CodedEvent Shelling = new()
    {
        EventId = "ev1", DocId = "d1", DisorderType = "Political violence", EventType = EventType.Explosions.Name,
        SubEventType = "Shelling/artillery/missile attack", Actor1 = "Military Forces of Mali (2021-)", Actor2 = "JNIM: Group for Support of Islam and Muslims",
        Country = "Mali", Admin1 = "Mopti", Latitude = 14.49, Longitude = -4.19, Fatalities = 3,
    };

    [Fact]
    public void A_rule_without_conditions_matches_every_event() => new AlertRule { Name = "all" }.Matches(Shelling).ShouldBeTrue();

    [Theory]
    [InlineData("mali", null, true)]
    [InlineData("Mali", "MOPTI", true)]
    [InlineData("Niger", null, false)]
    [InlineData("Mali", "Gao", false)]
    public void Country_and_admin1_must_both_hold_ignoring_case(string country, string? admin1, bool matches) =>
        new AlertRule { Name = "r", Country = country, Admin1 = admin1 }.Matches(Shelling).ShouldBe(matches);

    [Theory]
    [InlineData("Explosions/Remote violence", true)]
    [InlineData("Shelling/artillery/missile attack", true)]
    [InlineData("Battles", false)]
    public void Types_name_event_types_or_sub_event_types(string type, bool matches) =>
        new AlertRule { Name = "r", Types = ["Protests", type] }.Matches(Shelling).ShouldBe(matches);

    [Theory]
    [InlineData("jnim", true)]
    [InlineData("Military Forces of Mali", true)]
    [InlineData("Wagner", false)]
    public void Actors_are_parts_of_an_actor_name(string part, bool matches) =>
        new AlertRule { Name = "r", Actors = [part] }.Matches(Shelling).ShouldBe(matches);

    [Fact]
    public void A_box_or_circle_holds_only_for_events_with_coordinates_inside_it()
    {
        new AlertRule { Name = "r", Bbox = new GeoBox(-5, 14, -4, 15) }.Matches(Shelling).ShouldBeTrue();
        new AlertRule { Name = "r", Bbox = new GeoBox(-3, 14, -2, 15) }.Matches(Shelling).ShouldBeFalse();
        // Sévaré lies about 12 km from Mopti.
        new AlertRule { Name = "r", Near = new GeoCircle(14.53, -4.09, 15) }.Matches(Shelling).ShouldBeTrue();
        new AlertRule { Name = "r", Near = new GeoCircle(14.53, -4.09, 5) }.Matches(Shelling).ShouldBeFalse();
        new AlertRule { Name = "r", Near = new GeoCircle(14.53, -4.09, 15) }.Matches(Shelling with { Latitude = null, Longitude = null }).ShouldBeFalse();
    }

    [Fact]
    public void A_minimum_toll_counts_the_events_conservative_fatalities()
    {
        new AlertRule { Name = "r", MinFatalities = 3 }.Matches(Shelling).ShouldBeTrue();
        new AlertRule { Name = "r", MinFatalities = 4 }.Matches(Shelling).ShouldBeFalse();
    }
}
