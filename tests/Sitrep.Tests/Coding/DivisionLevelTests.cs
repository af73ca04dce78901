using Shouldly;
using Sitrep.Coding;
using Sitrep.Events;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>The level of division a place's kind word names, read from the language's word classes (region-word, district-word).</summary>
public class DivisionLevelTests
{
    [Theory]
    [InlineData("Gunmen attacked a village in Helmand province on Monday.", "Helmand", DivisionLevel.Region)]
    [InlineData("Gunmen attacked a village in Ancuabe district on Monday.", "Ancuabe", DivisionLevel.District)]
    [InlineData("Gunmen attacked Gao town on Monday.", "Gao", DivisionLevel.None)]
    [InlineData("Gunmen attacked a village near Gao on Monday.", "Gao", DivisionLevel.None)]
    public void A_kind_word_after_a_name_says_which_division_it_is(string text, string name, DivisionLevel level)
    {
        var doc = Annotate(text);
        doc.Places.Single(p => doc.Document.Slice(p.Span) == name).KindDivision.ShouldBe(level);
    }

    [Theory]
    // English names the kind before the name too, with "of": the division, as with the word after it.
    [InlineData("Gunmen attacked a village in the province of Helmand on Monday.", "Helmand", DivisionLevel.Region, PlaceStage.RegionWordRule)]
    [InlineData("Guerrillas fired on an army patrol in the department of Caldas on Tuesday.", "Caldas", DivisionLevel.Region, PlaceStage.CountryDivisionWordRule)]
    // "department" names Colombia's first level (division-words.tsv), whichever side of the name it stands.
    [InlineData("Guerrillas fired on an army patrol in Caldas department on Tuesday.", "Caldas", DivisionLevel.Region, PlaceStage.CountryDivisionWordRule)]
    // Senegal's first level is the region: there "department" is the second level, as elsewhere.
    [InlineData("Gunmen attacked a bus in Kolda department on Tuesday.", "Kolda", DivisionLevel.District, PlaceStage.DistrictWordRule)]
    public void A_kind_word_names_the_level_a_country_of_the_name_calls_by_it(string text, string name, DivisionLevel level, string rule)
    {
        var doc = Annotate(text);
        var m = doc.Places.Single(p => doc.Document.Slice(p.Span) == name);
        m.KindDivision.ShouldBe(level);
        m.KindRule.ShouldBe(rule);
    }

    [Fact]
    public void The_department_of_a_name_is_the_region_not_a_town_that_bears_it()
    {
        // Caldas is also a town of some size, in the next department (Antioquia).
        var e = Main("Guerrillas fired on an army patrol in the department of Caldas on Thursday, killing eight soldiers.", "2025-08-22");
        e.Admin1.ShouldBe("Caldas");
        e.GeoPrecision.ShouldBe(GeoPrecision.Region);
        e.Admin2.ShouldBe("");
    }

    [Fact]
    public void A_bare_name_the_story_also_names_as_a_department_is_the_department()
    {
        var doc = Annotate("Eight soldiers died in Caldas. Guerrillas fired on their patrol on Thursday in the department of Caldas.", "2025-08-22");
        var bare = doc.Places.First(p => doc.Document.Slice(p.Span) == "Caldas");
        bare.KindDivision.ShouldBe(DivisionLevel.Region);
        bare.KindRule.ShouldBe(PlaceStage.RegionNamedElsewhereRule);
        var e = Code("Eight soldiers died in Caldas. Guerrillas fired on their patrol on Thursday in the department of Caldas.", "2025-08-22").ShouldHaveSingleItem();
        e.Admin1.ShouldBe("Caldas");
        e.GeoPrecision.ShouldBe(GeoPrecision.Region);
    }

    [Fact]
    public void A_bare_name_of_the_region_s_seat_stays_the_town()
    {
        // Kandahar city is the seat of Kandahar province: the name alone is the city, though the story names the province.
        var doc = Annotate("A bomb killed three traders in a market in Kandahar on Monday, the governor of Kandahar province said.", "2020-05-08");
        var bare = doc.Places.First(p => doc.Document.Slice(p.Span) == "Kandahar");
        bare.KindRule.ShouldBeNull();
        Main("A bomb killed three traders in a market in Kandahar on Monday, the governor of Kandahar province said.", "2020-05-08")
            .GeoPrecision.ShouldBe(GeoPrecision.Town);
    }
    [Fact]
    public void A_town_told_amid_another_event_is_not_this_event_s_place()
    {
        // The governor's visit is told among the bombing's sentences, though the ambush's stand before and after it.
        var events = Code("A truck bomb killed six people outside a bank in Pasto on Thursday. Another attack in Caldas left eight soldiers dead. "
            + "The bomb in Pasto also wounded forty people in a busy street. The governor of Pasto went to the bank. "
            + "Earlier that day, guerrillas fired on an army patrol in the department of Caldas, killing eight soldiers.", "2025-08-22");
        var ambush = events.Single(e => e.Fatalities == 8);
        ambush.Admin1.ShouldBe("Caldas");
        ambush.GeoPrecision.ShouldBe(GeoPrecision.Region);
    }
}
