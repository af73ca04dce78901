using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>Events and actors as news tells them, in words of the project's own.</summary>
public class NewsLanguageTests
{
    [Fact]
    public void A_base_captured_is_told_as_territory_taken_by_its_named_captor()
    {
        var doc = Annotate("The MNDAA said on Wednesday that its fighters had captured the headquarters of a military command in the hills.", "2024-08-08");
        doc.Triggers.ShouldContain(t => t.Entry.SubEventType.Name == "Non-state actor overtakes territory");
        doc.Actors.ShouldContain(a => a.Entries.Any(e => e.Actor == "MNDAA: Myanmar National Democratic Alliance Army"));
    }

    [Fact]
    public void The_armed_wing_of_a_movement_is_named_as_ACLED_names_it() =>
        Main("Gunmen of the Amal Movement clashed with rival fighters in a Beirut suburb on Thursday.", "2021-10-15")
            .Actor1.ShouldBe("Amal Movement");

    [Fact]
    public void Rebels_marching_into_a_town_are_no_protest() =>
        Code("Rebels of the M23 marched into the town of Sake on Sunday, residents said.", "2025-01-28")
            .ShouldNotContain(e => e.EventType == "Protests");

    [Fact]
    public void Protesters_marching_are_still_a_protest() =>
        Main("Hundreds of protesters marched in Nairobi on Friday against the tax bill.", "2024-06-22")
            .SubEventType.ShouldBe("Peaceful protest");

    [Fact]
    public void Elsewhere_after_and_lists_places_within_one_event() =>
        Code("Protesters marched in Bamako and elsewhere in the country on Friday. Police fired tear gas at the protesters in Bamako and elsewhere in the country.", "2023-03-04")
            .Count.ShouldBe(1);

    [Fact]
    public void Attacks_an_article_dates_to_an_earlier_month_are_its_history()
    {
        var events = Code("Gunmen killed four soldiers at an army post near Kandi on Monday, a security source said. In December, two soldiers were killed in an ambush on a road in the north.", "2025-01-15");
        events.Count.ShouldBe(1);
        events[0].Fatalities.ShouldBe(4);
    }

    [Fact]
    public void A_president_taken_into_custody_is_an_arrest() =>
        Main("Investigators took the former president into custody at his home in Seoul on Wednesday.", "2025-01-16")
            .SubEventType.ShouldBe("Arrests");

    [Fact]
    public void A_site_named_after_no_known_town_is_no_town_elsewhere() =>
        Code("Gunmen killed three Beninese rangers on Tuesday at a post inside Pendjari National Park.", "2024-06-14")
            .ShouldHaveSingleItem().Country.ShouldBe("Benin");

    [Fact]
    public void The_governments_of_the_countries_that_sign_an_agreement_are_its_parties()
    {
        var e = Main("Kenya and Somalia signed a peace agreement in Nairobi on Tuesday after months of talks.", "2024-03-06");
        e.SubEventType.ShouldBe("Agreement");
        e.Actor1.ShouldBe("Government of Kenya (2022-)");
        e.Actor2.ShouldBe("Government of Somalia (2022-)");
    }

    [Fact]
    public void A_place_the_story_names_after_the_event_is_where_it_was_when_the_event_names_none()
    {
        var e = Main("Soldiers fought cartel gunmen for hours on Thursday, leaving 12 dead. It was a day of terror in Culiacan, the state capital, residents said.", "2023-01-07");
        e.Location.ShouldBe("Culiacan");
        e.Admin1.ShouldBe("Sinaloa");
    }

    [Fact]
    public void A_family_killed_counts_its_size() =>
        Main("Gunmen killed a family of five in a village near Jos on Monday.", "2019-05-29").Fatalities.ShouldBe(5);

    [Fact]
    public void An_event_told_without_a_date_takes_the_day_of_the_story_not_of_the_report()
    {
        var events = Code("A car bomb killed six people near an air base in Cali on Thursday. In a separate attack, insurgents shot down a police helicopter in Antioquia, killing 12 officers.", "2025-08-22");
        events.Count.ShouldBe(2);
        events.ShouldAllBe(e => e.EventDate == new DateOnly(2025, 8, 21));
    }

    [Fact]
    public void Someone_arrested_whom_the_text_names_by_name_only_is_a_civilian() =>
        Main("Police arrested the opposition leader at his home in Bujumbura on Thursday.", "2020-05-09")
            .Actor2.ShouldBe("Civilians (Burundi)");

    [Fact]
    public void The_crew_of_a_helicopter_shot_down_are_the_target_and_its_downers_the_actor()
    {
        var e = Main("A police helicopter carrying an eradication team was shot down by FARC dissidents on Monday near Taraza, Antioquia; six officers died.", "2025-08-22");
        e.SubEventType.ShouldBe("Armed clash");
        e.Actor1.ShouldBe("FARC Dissidents");
        e.Actor2.ShouldStartWith("Police Forces of Colombia");
    }

    [Fact]
    public void Where_the_wounded_were_evacuated_to_is_not_where_they_were_hurt() =>
        Main("Gunmen shot a judge outside a courthouse in Port-au-Prince on Wednesday; he was evacuated to a clinic in Santo Domingo.", "2021-07-08")
            .Country.ShouldBe("Haiti");

    [Fact]
    public void A_lone_name_before_a_verb_of_saying_is_a_speaker_not_a_place() =>
        Annotate("Gunmen attacked a village on Monday, Edmond told reporters.", "2021-07-08")
            .Places.ShouldNotContain(p => p.Places.Any(x => x.Name == "Edmond"));

    [Fact]
    public void A_town_captured_under_air_strikes_is_coded_as_the_capture() =>
        Main("The rebels captured the town of Lashio on Thursday after weeks of fighting, while the military carried out air strikes around it.", "2024-07-26")
            .SubEventType.ShouldBe("Non-state actor overtakes territory");
}
