using Sitrep.Events;
using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

public class ActorResolverTests
{
    [Fact]
    public void A_demonym_names_the_state_forces()
    {
        var e = Main("Malian troops clashed with militants near Mopti on Friday.");
        // Named with the years of the regime of the day (data/acled/state-forces.tsv): Keïta's, before the coup of August 2020.
        e.Actor1.ShouldBe("Military Forces of Mali (2013-2020)");
        e.Inter1.ShouldBe(Inter.State);
    }

    [Fact]
    public void Forces_of_another_country_are_external()
    {
        var e = Main("French forces clashed with militants near Gao on Friday.");
        e.Actor1.ShouldBe("Military Forces of France (2017-)");
        e.Inter1.ShouldBe(Inter.External);
        e.Country.ShouldBe("Mali");
    }

    [Fact]
    public void An_armed_noun_after_a_named_group_is_that_group()
    {
        // "Houthi forces" are the Houthis, not the forces of the country where the missile fell.
        var e = Main("Houthi forces fired a ballistic missile at the Saudi city of Jizan on Wednesday.");
        e.Actor1.ShouldBe("Military Forces of Yemen (2016-) Supreme Political Council");
    }

    [Fact]
    public void A_dictionary_phrase_with_a_possessive_matches_the_text()
    {
        // The text's "People's" is two tokens, People and 's; the dictionary's phrase is split the same way.
        var e = Main("Ukrainian troops fired mortar rounds at positions of the Donbass People's Militia close to Vasylivka, Donetsk, on Tuesday.");
        e.Actor1.ShouldBe("Military Forces of Ukraine (2019-)");
        e.Actor2.ShouldBe("NAF: United Armed Forces of Novorossiya");
        // Parentheses too are tokens of their own: "CPI (Maoist)" places the story in India.
        Main("On 3 May 2020, CPI (Maoist) rebels killed a villager in Zzyzx on Sunday.").Country.ShouldBe("India");
    }

    [Fact]
    public void A_weapon_the_mention_names_makes_it_the_doer()
    {
        var e = Main("Israeli warplanes struck targets in Gaza early on Friday, the army said.");
        e.Actor1.ShouldBe("Military Forces of Israel (2009-2021)");
    }

    [Fact]
    public void A_demonym_before_the_weapon_names_whose_forces_used_it()
    {
        var e = Main("Russian airstrikes hit a hospital in Idlib province on Tuesday, killing 4 civilians.");
        e.SubEventType.ShouldBe("Air/drone strike");
        e.Actor1.ShouldBe("Military Forces of Russia (2000-)");
        e.Inter1.ShouldBe(Inter.External);
        Main("Turkish drones struck a vehicle near Qamishli on Monday, killing three fighters.").Actor1.ShouldBe("Military Forces of Turkey (2016-)");
    }

    [Fact]
    public void A_unit_acled_names_in_one_state_is_written_after_its_force_and_regime()
    {
        // state-force-units.tsv: Mozambique's Rapid Intervention Unit (UIR) is named; its police force takes the regime's years.
        var e = Main("Rapid Intervention Unit officers fired on protesters in Maputo on Monday, killing two.");
        e.Actor1.ShouldBe("Police Forces of Mozambique (2015-2025) Rapid Intervention Unit");
        e.Actor2.ShouldBe("Protesters (Mozambique)");
    }

    [Fact]
    public void An_acronym_names_its_group_only_in_capitals()
    {
        // ANA is the Afghan army; Santa Ana a city of El Salvador.
        var e = Main("On 4 May 2020, automobile workers protested in Santa Ana (Santa Ana) against the suspension of their contracts.");
        e.Country.ShouldBe("El Salvador");
        Main("ANA soldiers clashed with Taliban fighters in Kandahar province on Friday.").Actor1.ShouldBeOneOf("Military Forces of Afghanistan (2014-2021)", "Taliban");
    }

    [Fact]
    public void A_battle_told_with_one_side_has_the_other_side_acleds_codebook_gives()
    {
        // A rebel group fights the state by ACLED's definition; anyone else's unnamed opponent is unidentified.
        var rebels = Main("Al Shabaab fighters clashed near Baidoa on Friday, killing five.");
        (rebels.Actor2, rebels.Inter2).ShouldBe(("Military Forces of Somalia (2017-2022)", Inter.State));
        var militia = Main("Heavy clashes broke out between rival militias in Zawiya on Friday.");
        (militia.Actor1, militia.Actor2, militia.Inter2).ShouldBe(("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)", Inter.PoliticalMilitia));
        // A side the text names stays the other side; state forces told alone get none.
        Main("Soldiers clashed with ADF rebels near Beni on Friday.").Actor2.ShouldBe("ADF: Allied Democratic Forces");
        Main("Soldiers fought for hours near Beni on Friday.").Actor2.ShouldBe("");
    }

    [Fact]
    public void An_event_noun_in_an_adjunct_is_not_what_the_victims_did()
    {
        var e = Main("Suspected jihadists killed 14 villagers in an attack on Tuesday in northern Burkina Faso.");
        e.Actor1.ShouldBe("Unidentified Armed Group (Burkina Faso)");
        e.Actor2.ShouldBe("Civilians (Burkina Faso)");
    }

    [Fact]
    public void The_agent_of_a_passive_is_actor1()
    {
        var e = Main("Three villagers were killed by Boko Haram fighters near Maiduguri on Friday.");
        e.Actor1.ShouldBe("Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad");
        e.Actor2.ShouldBe("Civilians (Nigeria)");
        e.Interaction.ShouldBe(27);
        e.CivilianTargeting.ShouldBe("Civilian targeting");
    }

    [Fact]
    public void A_claim_of_responsibility_names_actor1()
    {
        var e = Main("A car bomb exploded near a police station in Mogadishu on Friday. Al Shabaab claimed responsibility for the attack.");
        e.Actor1.ShouldBe("Al Shabaab");
    }

    [Fact]
    public void Protesters_are_actor1_and_the_intervening_police_actor2()
    {
        var e = Main("Police fired tear gas to disperse protesters in Nairobi on Friday.");
        e.Actor1.ShouldBe("Protesters (Kenya)");
        e.Inter1.ShouldBe(Inter.Protesters);
        e.Actor2.ShouldBe("Police Forces of Kenya (2013-2022)");
        e.Interaction.ShouldBe(16);
    }

    [Fact]
    public void A_peaceful_protest_has_a_sole_actor()
    {
        var e = Main("Hundreds of nurses protested in Lagos on Friday to demand better pay.");
        e.Actor1.ShouldBe("Protesters (Nigeria)");
        e.Actor2.ShouldBe("");
        e.Interaction.ShouldBe(60);
    }

    [Fact]
    public void A_country_specific_dictionary_entry_wins_in_its_country()
    {
        Main("Islamic State militants attacked a village near Menaka in Mali on Friday, killing five civilians.")
            .Actor1.ShouldBe("Islamic State (Greater Sahara)");
        Main("Islamic State militants attacked a village near Mosul in Iraq on Friday, killing five civilians.")
            .Actor1.ShouldBe("Islamic State (Iraq)");
    }

    [Fact]
    public void Violence_against_civilians_has_civilian_victims_even_when_unnamed()
    {
        var e = Main("Gunmen opened fire on a family compound in Kaduna on Monday, killing two.");
        e.SubEventType.ShouldBe("Attack");
        (e.Actor2, e.Inter2, e.Interaction).ShouldBe(("Civilians (Nigeria)", Inter.Civilians, 37));
    }

    [Fact]
    public void Forces_of_two_countries_named_together_are_the_two_sides()
    {
        var india = Main("Officials said military forces of India and Pakistan again exchanged fire on Tuesday night in Poonch district, J&K.");
        (india.Actor1, india.Actor2, india.Interaction).ShouldBe(("Military Forces of India (2014-)", "Military Forces of Pakistan (2018-2022)", 18));
        // In Pakistani Kashmir, Pakistan's forces come first.
        var pakistan = Main("Officials said military forces of India and Pakistan again exchanged fire on Tuesday night in Haveli district, Azad Kashmir.");
        (pakistan.Actor1, pakistan.Actor2).ShouldBe(("Military Forces of Pakistan (2018-2022)", "Military Forces of India (2014-)"));
    }

    [Fact]
    public void A_clash_told_through_its_dead_has_both_named_sides()
    {
        var e = Main("Six Taliban fighters died on Sunday during clashes with Afghan forces outside Asadabad, Kunar.");
        (e.Actor1, e.Actor2).ShouldBe(("Military Forces of Afghanistan (2014-2021)", "Taliban"));
        Main("Three local policemen died on Sunday night in an assault by Taliban fighters on their post outside Asadabad, Kunar.")
            .Actor2.ShouldBe("Police Forces of Afghanistan (2014-2021) Afghan Local Police");
    }

    [Theory]
    // Where the text names no doer, ACLED's convention for the country (unnamed-actors.tsv): organised crime in Mexico.
    [InlineData("The bound body of a man with bullet wounds was found on Monday beside a road in Tijuana, Baja California.", "Unidentified Gang (Mexico)")]
    [InlineData("The bound body of a man with bullet wounds was found on Monday beside a road in Kayes.", "Unidentified Armed Group (Mali)")]
    // Named but unknown gunmen are an armed group in Mexico, and in Brazil ACLED names them after gangs and police militias.
    [InlineData("Two armed men on a motorbike attacked a shopkeeper in Culiacan, Sinaloa, on Monday; he later died.", "Unidentified Armed Group (Mexico)")]
    [InlineData("Armed men shot dead two brothers outside a bar in Fortaleza, Ceara, on Monday.", "Unidentified Gang and/or Police Militia")]
    // English puts "the" before some countries' names: "Police Forces of the Philippines".
    [InlineData("Police officers shot dead a drug suspect during a night raid in Cebu City on Monday.", "Police Forces of the Philippines (2016-2022)")]
    // A unit named by its kind is the force of the event's country, whichever country the dictionary names the unit for.
    [InlineData("State police officers shot dead two young men during a raid in Ciudad Bolivar, Bolivar state, on Monday.", "Police Forces of Venezuela")]
    [InlineData("Military police officers shot dead two young men during a raid in Ciudad Bolivar, Bolivar state, on Monday.", "Military Forces of Venezuela")]
    [InlineData("Military police officers shot dead two young men during a raid in Belem, Para, on Monday.", "Military Forces of Brazil (2019-2022) Military Police")]
    // "Anti-Houthi forces" fight the Houthis.
    [InlineData("Anti-Houthi National Resistance forces shelled villages around Hays, Al Hudaydah, on Monday.", "National Resistance Forces")]
    [InlineData("LNA forces shelled homes in Abu Salim, Tripoli, on Monday.", "Military Forces of Libya (2014-) Haftar Faction")]
    [InlineData("Rockets launched by presumed LNA forces hit homes in Ayn Zara (Tripoli) on Monday.", "Military Forces of Libya (2014-) Haftar Faction")]
    [InlineData("Saudi forces shelled farms in Baqim district (Sadah) on Monday, residents said.", "Operation Restoring Hope")]
    // Reports that cannot tell two named groups apart name both.
    [InlineData("Presumed JNIM or ISGS militants raided an army post near Nassoumbou, Soum, on Monday.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)")]
    [InlineData("Boko Haram fighters ambushed a patrol near Monguno, Borno, on Monday.", "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad")]
    [InlineData("ISWAP or Boko Haram fighters ambushed a patrol near Monguno, Borno, on Monday.", "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad")]
    [InlineData("ISWAP fighters ambushed a patrol near Monguno, Borno, on Monday.", "Islamic State (West Africa)")]
    // Identity militias: ACLED's name of the kind with the group's name the text gives, or "Unidentified" where it gives none.
    [InlineData("On Monday, Tiv militia attacked farmers near Makurdi, Benue, killing three.", "Tiv Ethnic Militia (Nigeria)")]
    [InlineData("On Monday, militiamen from the Agar clan killed two herders near Rumbek, South Sudan.", "Agar Clan Militia (South Sudan)")]
    // A clan named within its ethnic group: ACLED's "{clan} Clan {group} Ethnic Militia".
    [InlineData("On Monday, Agar Dinka militiamen killed two herders near Rumbek, South Sudan.", "Agar Clan Dinka Ethnic Militia (South Sudan)")]
    [InlineData("On Monday, militiamen from the Apuk clan of the Dinka killed two farmers near Tonj, South Sudan.", "Apuk Clan Dinka Ethnic Militia (South Sudan)")]
    [InlineData("On Monday, Dinka militiamen killed two herders near Rumbek, South Sudan.", "Dinka Ethnic Militia (South Sudan)")]
    [InlineData("On Monday, clan militias killed two traders near Beledweyne, Somalia.", "Unidentified Clan Militia (Somalia)")]
    [InlineData("On Monday, Idlib militia fighters shot dead two traders near Idlib, Syria.", "Idlib Communal Militia (Syria)")]
    // A creed is no group: "Shiite militias" are not an ethnic militia.
    [InlineData("Shiite militias shot dead two traders near Baghdad on Monday.", "Unidentified Armed Group (Iraq)")]
    [InlineData("Des miliciens dogons ont tué trois civils près de Bankass lundi.", "Dogon Ethnic Militia (Mali)")]
    public void Actors_are_named_by_acled_conventions(string text, string actor1) => Main(text).Actor1.ShouldBe(actor1);

    [Fact]
    public void A_clash_told_only_through_one_sides_dead_was_fought_by_the_armed_group_the_headline_names()
    {
        const string body = "Heavy fighting raged in Jowhar on Thursday, residents said. At least 15 people were killed, including 9 Ugandan soldiers.";
        var e = Main("Al-Shabaab fighters say they hold the town of Jowhar\n\n" + body, "2024-03-08");
        e.SubEventType.ShouldBe("Armed clash");
        e.Actor1.ShouldBe("Al Shabaab");
        e.Actor2.ShouldStartWith("Military Forces of Uganda");
        // Without a headline the dead's side stays the only side told.
        Main(body, "2024-03-08").Actor1.ShouldStartWith("Military Forces of Uganda");
    }

    [Fact]
    public void Protesters_fired_on_by_an_armed_group_have_it_as_the_doer_not_the_party_that_said_so()
    {
        var e = Main("Hezbollah said armed men had opened fire on protesters in Tyre on Friday, killing three people.", "2024-03-09");
        e.SubEventType.ShouldBe("Excessive force against protesters");
        e.Actor1.ShouldBe("Unidentified Armed Group (Lebanon)");
        e.Actor2.ShouldBe("Protesters (Lebanon)");
        // A state force named firing on them stays the doer.
        Main("Police fired on protesters in Tyre on Friday, killing three people.", "2024-03-09").Actor1.ShouldStartWith("Police Forces of Lebanon");
    }
    [Theory]
    // The aside between dashes describes the group before it: its former soldiers are no actor, and the group is the
    // doer of the verb after the aside, however long the aside.
    [InlineData("Al-Shabaab — a movement of former soldiers and clan fighters from the south — attacked a police station in Mogadishu on Monday, killing four officers.", "Al Shabaab")]
    [InlineData("On Thursday, after weeks of quiet, the Central General Staff — a splinter alliance of disaffected guerrilla commanders and soldiers — ambushed a police patrol near Tame, Arauca, killing five officers.", "FARC Dissident: Central General Staff")]
    public void Whom_an_aside_names_describes_the_name_before_it_and_that_name_is_the_doer(string text, string actor1) =>
        Main(text, "2025-08-22").Actor1.ShouldBe(actor1);

    [Fact]
    public void A_dash_that_opens_no_description_parts_nothing() =>
        // No article after the dash: not an aside about the name, and the soldiers after it are the doers.
        Main("The raid came at dawn — soldiers stormed the camp near Mopti on Friday and killed six militants.", "2020-05-08")
            .Actor1.ShouldStartWith("Military Forces of Mali");
}
