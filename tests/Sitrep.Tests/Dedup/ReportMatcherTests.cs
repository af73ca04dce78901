using Shouldly;
using Sitrep.Events;
using Sitrep.Dedup;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Dedup;

public class ReportMatcherTests
{
    internal static ReportFeatures Report(string id, string text, string published) => ReportFeatures.Of(Main(text, published) with { DocId = id }, text);

    [Fact]
    public void The_same_attack_told_by_two_outlets_matches_and_the_reason_weighs_each_piece()
    {
        var a = Report("a", "Gunmen killed 12 civilians in Sevare on Tuesday during an attack on the Wednesday market led by a commander named Hamadoun Kassa.", "2022-03-08");
        var b = Report("b", "Twelve villagers were shot dead in Sevare on Tuesday when gunmen loyal to Hamadoun Kassa stormed the market.", "2022-03-09");
        var v = ReportMatcher.Compare(a, b);
        v.Same.ShouldBeTrue(v.Reason);
        v.Reason.ShouldContain("same day 2022-03-08 (+2)");
        v.Reason.ShouldContain("same place (Sevare) (+2)");
        v.Reason.ShouldContain("kassa");
    }

    [Fact]
    public void Different_days_places_or_named_groups_do_not_match()
    {
        var a = Report("a", "Gunmen killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        ReportMatcher.Compare(a, Report("b", "Gunmen killed 12 civilians near Mopti on Tuesday.", "2022-03-16")).Same.ShouldBeFalse();
        ReportMatcher.Compare(a, Report("c", "Gunmen killed 12 civilians near Gao on Tuesday.", "2022-03-08")).Reason.ShouldContain("km apart");
        var jnim = Report("d", "JNIM fighters killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        var isgs = Report("e", "Islamic State fighters killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        ReportMatcher.Compare(jnim, isgs).Reason.ShouldContain("different perpetrators");
        ReportMatcher.Compare(a, Report("f", "Protesters marched in Mopti on Tuesday.", "2022-03-08")).Same.ShouldBeFalse();
    }

    [Fact]
    public void Two_protests_in_one_city_on_one_day_that_share_nothing_but_the_coded_fields_stay_apart()
    {
        var drivers = Report("a", "On Tuesday, taxi drivers protested in Bamako against the price of fuel.", "2022-03-08");
        var teachers = Report("b", "On Tuesday, teachers protested in Bamako to demand unpaid salaries.", "2022-03-08");
        var v = ReportMatcher.Compare(drivers, teachers);
        v.Reason.ShouldContain("same place (Bamako)");
        v.Same.ShouldBeFalse(v.Reason);
    }

    [Fact]
    public void Two_reports_that_each_name_another_village_beside_the_town_tell_two_places()
    {
        var a = Report("a", "Soldiers shelled positions at Kourouma village near Mopti on Tuesday, killing 3 fighters of JNIM.", "2022-03-08");
        var b = Report("b", "Soldiers shelled positions at Dialloube village near Mopti on Tuesday, killing 3 fighters of JNIM.", "2022-03-08");
        var v = ReportMatcher.Compare(a, b);
        v.Reason.ShouldContain("each names a place the other does not");
        v.Same.ShouldBeFalse(v.Reason);
    }

    [Fact]
    public void Two_reports_that_each_name_another_village_as_one_far_from_the_coded_town_tell_two_places()
    {
        const string told = "On Tuesday soldiers shelled the village of {0} and the fields around it in the district of Mopti, killing 3 fighters of JNIM.";
        var a = Report("a", string.Format(told, "Kourouma"), "2022-03-08");
        var b = Report("b", string.Format(told, "Dialloube"), "2022-03-08");
        a.PlaceNames.ShouldNotContain("kourouma");
        var v = ReportMatcher.Compare(a, b);
        v.Reason.ShouldContain("each names a village the other does not (kourouma / dialloube) (-4)");
        v.Same.ShouldBeFalse(v.Reason);
        // The same village in both is no sign against.
        ReportMatcher.Compare(a, Report("c", string.Format(told, "Kourouma"), "2022-03-09")).Reason.ShouldNotContain("names a village");
    }

    /// <summary>A report's features as the coder would leave them: Bamako, a day, a clash; the test names what differs.</summary>
    private static ReportFeatures Coded(string id, string actor1, Inter inter1, string actor2 = "Military Forces of Mali", Inter inter2 = Inter.State) => new()
    {
        DocId = id, EventDate = new DateOnly(2024, 9, 17), Country = "Mali", Admin1 = "Bamako", Location = "Bamako",
        Latitude = 12.65, Longitude = -8.0, GeoPrecision = GeoPrecision.Town, EventType = "Battles", SubEventType = "Armed clash",
        Actor1 = actor1, Inter1 = inter1, Actor2 = actor2, Inter2 = inter2,
    };

    [Fact]
    public void An_unnamed_perpetrator_is_the_named_group_the_report_writes_and_the_same_army_hit_weighs_too()
    {
        var named = Coded("a", "JNIM: Group for Support of Islam and Muslims", Inter.Rebel);
        var claimed = Coded("b", "Unidentified Armed Group (Mali)", Inter.Rebel) with { EventNames = ["jnim"] };
        var v = ReportMatcher.Compare(named, claimed);
        v.Reason.ShouldContain("b names JNIM: Group for Support of Islam and Muslims (jnim) (+1)");
        v.Reason.ShouldContain("same target (Military Forces of Mali) (+0.5)");
        v.Same.ShouldBeTrue(v.Reason);
        // Without the name in its sentences, the unnamed group is only compatible: no weight, and no merge on the coded fields alone.
        var silent = ReportMatcher.Compare(named, claimed with { EventNames = [] });
        silent.Reason.ShouldNotContain("names JNIM");
        silent.Same.ShouldBeFalse(silent.Reason);
    }

    [Fact]
    public void One_force_named_with_two_regimes_years_is_one_actor_when_the_reports_are_dated_but_not_otherwise()
    {
        var before = Coded("a", "Military Forces of Mali (2012-2020)", Inter.State, "JNIM: Group for Support of Islam and Muslims", Inter.Rebel);
        var after = Coded("b", "Military Forces of Mali (2021-)", Inter.State, "JNIM: Group for Support of Islam and Muslims", Inter.Rebel);
        var v = ReportMatcher.Compare(before, after);
        v.Reason.ShouldContain("same actor (Military Forces of Mali (2012-2020)) (+1)");
        v.Reason.ShouldNotContain("different targets");
        // A report without a date cannot say which regime's forces it tells: the names compare whole.
        ReportMatcher.Compare(before with { EventDate = null }, after with { EventDate = null }).Reason.ShouldContain("different perpetrators");
        ReportMatcher.SameActor("Military Forces of Mali (2021-)", "Military Forces of Niger (2021-)", dated: true).ShouldBeFalse();
    }

    [Fact]
    public void A_faction_named_after_its_group_is_one_actor_with_the_group_but_two_factions_of_it_are_not()
    {
        // Invented names: ACLED writes a faction "Group: Faction" and the group alone, here in the plural.
        var faction = Coded("a", "Delta Rebel: Northern Command", Inter.Rebel);
        var group = Coded("b", "Delta Rebels", Inter.Rebel);
        var v = ReportMatcher.Compare(faction, group);
        v.Reason.ShouldNotContain("different perpetrators");
        v.Reason.ShouldContain("same actor (Delta Rebel: Northern Command, a faction of Delta Rebels) (+1)");
        ReportMatcher.Compare(group, faction).Reason.ShouldContain("a faction of Delta Rebels");
        // Two factions of one group are two actors (rivals fight each other), and a group of another name is no parent.
        ReportMatcher.Compare(faction, Coded("c", "Delta Rebel: Southern Front", Inter.Rebel)).Reason.ShouldContain("different perpetrators");
        ReportMatcher.Compare(faction, Coded("d", "Delta Raiders", Inter.Rebel)).Reason.ShouldContain("different perpetrators");
        ReportMatcher.FactionOf("Delta Rebel: Northern Command", "Delta Rebel").ShouldBeTrue();
        ReportMatcher.FactionOf("Delta Rebels", "Delta Rebel: Northern Command").ShouldBeFalse();
        ReportMatcher.FactionOf("Delta Rebel: Northern Command", "Delta").ShouldBeFalse();
    }

    [Fact]
    public void Two_named_perpetrators_weigh_against_one_event_when_one_report_names_the_others_group_and_are_two_events_otherwise()
    {
        const string Jnim = "JNIM: Group for Support of Islam and Muslims";
        var (jnim, isgs) = (Coded("a", Jnim, Inter.Rebel), Coded("b", "Islamic State (Sahel)", Inter.Rebel) with { EventNames = ["jnim"] });
        // Nothing but the coded fields agree: the other group's name lifts the veto, and the pair stays two events on its score.
        ReportMatcher.Compare(jnim, isgs).Reason.ShouldContain($"different perpetrators, but b names {Jnim} (jnim) (-1); ");
        ReportMatcher.Compare(jnim, isgs).Same.ShouldBeFalse();
        // The same pair with a shared toll and names is one attack that the outlets blame on two groups.
        var told = ReportMatcher.Compare(jnim with { Fatalities = 12, EventNames = ["kassa", "hamadoun"] }, isgs with { Fatalities = 12, EventNames = ["jnim", "kassa", "hamadoun"] });
        told.Same.ShouldBeTrue(told.Reason);
        // Without the other's name in its sentences, two named perpetrators stay two events, whatever else agrees.
        ReportMatcher.Compare(jnim with { Fatalities = 12 }, isgs with { Fatalities = 12, EventNames = [] }).Reason.ShouldBe($"different perpetrators ({Jnim}, Islamic State (Sahel))");
    }

    [Fact]
    public void Civilians_hit_in_both_are_no_sign_of_one_event()
    {
        var a = Coded("a", "Unidentified Armed Group (Mali)", Inter.Rebel, "Civilians (Mali)", Inter.Civilians);
        var b = Coded("b", "JNIM: Group for Support of Islam and Muslims", Inter.Rebel, "Civilians (Mali)", Inter.Civilians);
        ReportMatcher.Compare(a, b).Reason.ShouldNotContain("same target");
    }

    [Fact]
    public void Protesters_in_one_report_and_rioters_in_the_other_can_be_one_crowd()
    {
        var march = Coded("a", "Protesters (Mali)", Inter.Protesters, "", Inter.None) with { EventType = "Protests", SubEventType = "Peaceful protest" };
        var riot = Coded("b", "Rioters (Mali)", Inter.Rioters, "Police Forces of Mali", Inter.State) with { EventType = "Riots", SubEventType = "Violent demonstration" };
        var v = ReportMatcher.Compare(march, riot);
        v.Reason.ShouldContain("one crowd told two ways");
        v.Reason.ShouldContain("one crowd's event told two ways (Peaceful protest, Violent demonstration) (0)");
        v.Reason.ShouldNotContain("different perpetrators");
        // Two named armed groups are still two perpetrators.
        ReportMatcher.Compare(Coded("c", "Dozo Militia", Inter.IdentityMilitia), Coded("d", "JNIM: Group for Support of Islam and Muslims", Inter.Rebel)).Reason.ShouldContain("different perpetrators");
    }

    [Fact]
    public void Protesters_fired_on_in_one_report_and_a_riot_put_down_in_the_other_are_one_event_when_they_share_the_toll_and_a_name()
    {
        var fired = Coded("a", "Military Forces of Mali", Inter.State, "Protesters (Mali)", Inter.Protesters) with
            { EventType = "Protests", SubEventType = "Excessive force against protesters", Fatalities = 9, EventNames = ["amnesty"] };
        var riot = Coded("b", "Rioters (Mali)", Inter.Rioters, "Military Forces of Mali", Inter.State) with
            { EventType = "Riots", SubEventType = "Violent demonstration", Fatalities = 9, EventNames = ["amnesty"] };
        var v = ReportMatcher.Compare(fired, riot);
        v.Reason.ShouldContain("one crowd's event told two ways (Excessive force against protesters, Violent demonstration) (0)");
        v.Same.ShouldBeTrue(v.Reason);
        // Without the toll and the name they share, a protest and a riot in one city on one day stay two events.
        var apart = ReportMatcher.Compare(fired with { Fatalities = 0, EventNames = [] }, riot with { Fatalities = 0, EventNames = [] });
        apart.Same.ShouldBeFalse(apart.Reason);
    }

    [Fact]
    public void A_report_that_knows_only_the_country_is_in_each_of_its_regions()
    {
        var town = Coded("a", "Unidentified Armed Group (Mali)", Inter.Rebel) with { Latitude = 14.5, Longitude = -4.2, Location = "Mopti", Admin1 = "Mopti" };
        var country = town with { DocId = "b", Admin1 = "", Location = "Mali", Latitude = 17.0, Longitude = -4.0, GeoPrecision = GeoPrecision.Region };
        ReportMatcher.Compare(town, country).Reason.ShouldNotContain("different regions");
        ReportMatcher.Compare(town, country with { Admin1 = "Kidal" }).Reason.ShouldContain("different regions");
    }

    [Fact]
    public void Names_agree_with_or_without_accents_and_possessives()
    {
        ReportFeatures.FoldName("Moïse").ShouldBe("moise");
        ReportFeatures.FoldName("Tarkouni's").ShouldBe("tarkouni");
        ReportFeatures.FoldName("Faladié’s").ShouldBe("faladie");
        ReportFeatures.FoldName("N’Djamena").ShouldBe("n’djamena");
    }

    [Fact]
    public void A_name_joined_to_the_place_by_a_hyphen_is_part_of_it_not_a_place_beside_it()
    {
        var r = Report("a", "Gunmen attacked the airport of Bamako-Kalaban on Tuesday, killing 3 soldiers.", "2022-03-08");
        r.Location.ShouldBe("Bamako");
        r.PlaceNames.ShouldNotContain("kalaban");
    }

    [Fact]
    public void A_report_that_knows_only_the_country_joins_one_whose_actors_it_shares_on_either_side()
    {
        var town = Coded("a", "JNIM: Group for Support of Islam and Muslims", Inter.Rebel, "Unidentified Armed Group (Mali)", Inter.Rebel);
        var country = Coded("b", "Military Forces of Mali", Inter.State, "JNIM: Group for Support of Islam and Muslims", Inter.Rebel) with { Admin1 = "", Location = "Mali", Latitude = 17.0, Longitude = -4.0, GeoPrecision = GeoPrecision.Region };
        ReportMatcher.Compare(town, country).Reason.ShouldNotContain("different actors");
        // An unnamed attacker is compatible with any group, but a country-wide report must share a named actor to join.
        var unnamed = Coded("c", "Unidentified Armed Group (Mali)", Inter.Rebel, "Civilians (Mali)", Inter.Civilians);
        var other = country with { Actor2 = "Dozo Militia", Inter2 = Inter.IdentityMilitia };
        ReportMatcher.Compare(unnamed, other).Reason.ShouldContain("only a region or country, and different actors");
    }

    [Fact]
    public void A_later_report_with_a_higher_toll_is_an_update_not_another_event()
    {
        var first = Coded("a", "Unidentified Armed Group (Mali)", Inter.Rebel) with { Fatalities = 2, Published = new DateOnly(2024, 9, 17) };
        var later = first with { DocId = "b", Fatalities = 20, Published = new DateOnly(2024, 9, 19) };
        ReportMatcher.Compare(first, later).Reason.ShouldContain("a later report's higher toll (2, 20) (0)");
        // The later report counting fewer is no update: the far tolls weigh against the pair.
        ReportMatcher.Compare(first with { Fatalities = 20 }, later with { Fatalities = 2 }).Reason.ShouldContain("far tolls (20, 2) (-0.5)");
    }

    [Fact]
    public void A_later_report_revising_the_toll_upwards_weighs_as_an_early_and_a_later_count()
    {
        var first = Coded("a", "Unidentified Armed Group (Mali)", Inter.Rebel) with { Fatalities = 8, Published = new DateOnly(2024, 9, 17) };
        var later = first with { DocId = "b", Fatalities = 14, Published = new DateOnly(2024, 9, 18) };
        ReportMatcher.Compare(first, later).Reason.ShouldContain("a later report's revised toll (8, 14) (+0.5)");
        // Published the same day, or the later one counting fewer, the two counts tell nothing either way.
        var sameDay = ReportMatcher.Compare(first, later with { Published = first.Published });
        sameDay.Reason.ShouldNotContain("revised toll");
        sameDay.Reason.ShouldNotContain("tolls");
        ReportMatcher.Compare(first with { Fatalities = 14 }, later with { Fatalities = 8 }).Reason.ShouldNotContain("revised toll");
    }

    [Fact]
    public void The_far_end_of_the_road_a_report_names_is_no_place_the_other_must_name()
    {
        static ReportFeatures French(string id, string text) => ReportFeatures.Of(TestResources.Coder.Code(
            new Sitrep.Documents.Document(id, text, new DateOnly(2022, 6, 15), Language: "fr"))[0] with { DocId = id }, text);
        var road = French("a", "Mardi, un minibus a heurté une mine sur la route reliant Kaya à Dori, faisant neuf morts.");
        var near = French("b", "Mardi, neuf passagers ont été tués par une mine près de Kaya.");
        road.PlaceNames.ShouldNotContain("dori");
        ReportMatcher.Compare(road, near).Reason.ShouldNotContain("names a place the other does not");
        // Named beside the place but not as the road's end, the other town is a place of its own.
        var beside = French("c", "Mardi, un minibus a heurté une mine près de Kaya, non loin de Dori, faisant neuf morts.");
        ReportMatcher.Compare(beside, near).Reason.ShouldContain("one names a place the other does not (dori)");
    }

    [Fact]
    public void A_title_before_a_person_s_name_is_no_place_beside_the_coded_one()
    {
        const string text = "Gunmen shot dead four traders in Jos on Tuesday, Governor Obadiah Tanko said.";
        var r = Report("a", text, "2023-05-09");
        r.Location.ShouldBe("Jos");
        r.PlaceNames.ShouldNotContain("governor");
        // Without the pack's title words the office counts as a place beside the town.
        ReportFeatures.Of(Sitrep.Tests.Coding.CodingTestKit.Main(text, "2023-05-09"), text, NotPlaceWords.None).PlaceNames.ShouldContain("governor");
    }

    [Fact]
    public void Gunmen_firing_on_a_crowd_told_as_a_clash_by_another_outlet_weigh_against_but_are_no_veto()
    {
        var fired = Coded("a", "Unidentified Armed Group (Mali)", Inter.Rebel, "Protesters (Mali)", Inter.Protesters) with
            { EventType = "Protests", SubEventType = "Excessive force against protesters", Fatalities = 6, EventNames = ["kalaban", "amadou", "toure"], DocumentNames = ["bagadadji", "diarra", "kone", "sissoko"] };
        var clash = Coded("b", "Unidentified Armed Group (Mali)", Inter.Rebel, "Military Forces of Mali", Inter.State) with
            { Fatalities = 6, EventNames = ["kalaban", "amadou", "toure"], DocumentNames = ["bagadadji", "diarra", "kone", "sissoko"] };
        var v = ReportMatcher.Compare(fired, clash);
        v.Reason.ShouldContain("a crowd's event and political violence (Excessive force against protesters, Armed clash) (-2)");
        // A strong sign against: the day, the place, the toll, three names of the event's sentences and four more of the
        // documents only just outweigh it.
        v.Same.ShouldBeTrue(v.Reason);
        var apart = ReportMatcher.Compare(fired with { DocumentNames = [] }, clash with { DocumentNames = [] });
        apart.Same.ShouldBeFalse(apart.Reason);
        // A crowd and a development (no violence) remain two kinds of event.
        ReportMatcher.Compare(fired, clash with { EventType = "Strategic developments", SubEventType = "Looting/property destruction" }).Reason.ShouldContain("different kinds of event");
    }

    [Fact]
    public void A_single_death_against_a_larger_toll_is_the_one_victim_a_report_names_not_another_event()
    {
        var commander = Coded("a", "Unidentified Armed Group (Mali)", Inter.Rebel) with { Fatalities = 1 };
        var fight = Coded("b", "Unidentified Armed Group (Mali)", Inter.Rebel) with { Fatalities = 6 };
        var v = ReportMatcher.Compare(commander, fight);
        v.Reason.ShouldContain("a single death within the other's toll (1, 6) (0)");
        v.Reason.ShouldNotContain("far tolls");
        // Two counts that are both more than one and far apart still weigh against the pair.
        ReportMatcher.Compare(commander with { Fatalities = 2 }, fight with { Fatalities = 12 }).Reason.ShouldContain("far tolls (2, 12) (-0.5)");
    }

    [Fact]
    public void One_group_taking_one_town_is_one_capture_though_the_reports_share_nothing_else()
    {
        var take = Coded("a", "JNIM: Group for Support of Islam and Muslims", Inter.Rebel) with { SubEventType = "Non-state actor overtakes territory" };
        var v = ReportMatcher.Compare(take, take with { DocId = "b" });
        v.Reason.ShouldContain("Non-state actor overtakes territory happens to a place once (+1)");
        v.Same.ShouldBeTrue(v.Reason);
        // Two clashes of one group in one town on one day, with nothing else in common, stay two events.
        var clash = Coded("c", "JNIM: Group for Support of Islam and Muslims", Inter.Rebel);
        ReportMatcher.Compare(clash, clash with { DocId = "d" }).Same.ShouldBeFalse();
        // Nor is a capture by an unnamed group one: any group takes towns.
        var unnamed = take with { Actor1 = "Unidentified Armed Group (Mali)" };
        ReportMatcher.Compare(unnamed, unnamed with { DocId = "e" }).Reason.ShouldNotContain("happens to a place once");
    }

    [Fact]
    public void A_capture_dated_a_day_apart_by_two_outlets_is_the_entry_and_the_claim_of_one_capture()
    {
        var entered = Coded("a", "JNIM: Group for Support of Islam and Muslims", Inter.Rebel) with { SubEventType = "Non-state actor overtakes territory" };
        var claimed = entered with { DocId = "b", EventDate = entered.EventDate!.Value.AddDays(1) };
        var v = ReportMatcher.Compare(entered, claimed);
        v.Reason.ShouldContain("entry and claim of one capture (+1.5)");
        v.Same.ShouldBeTrue(v.Reason);
        // Two clashes of that group in that town, on two exact days, are still two days' events.
        var clash = Coded("c", "JNIM: Group for Support of Islam and Muslims", Inter.Rebel);
        var next = ReportMatcher.Compare(clash, clash with { DocId = "d", EventDate = clash.EventDate!.Value.AddDays(1) });
        next.Reason.ShouldContain("1 day apart");
        next.Reason.ShouldContain("(-2)");
        next.Same.ShouldBeFalse();
    }

    [Fact]
    public void Two_parts_of_a_report_split_across_events_stay_apart_however_alike_they_read()
    {
        const string note = "On 2 March 2021, soldiers clashed with militants in Sevare and in two villages around it, killing 9 militants. Fatalities are split across 3 events ({0}).";
        var a = Report("a", string.Format(note, 3), "2021-03-02");
        var b = Report("b", string.Format(note, 4), "2021-03-02");
        a.SplitPart.ShouldBeTrue();
        var v = ReportMatcher.Compare(a, b);
        v.Same.ShouldBeFalse(v.Reason);
        v.Reason.ShouldContain("split_parts");
        // One part alone says nothing against a report of another outlet: only two parts are kept apart.
        var whole = Report("c", "On 2 March 2021, soldiers clashed with militants in Sevare and killed 9 of them, a commander named Hamadoun Kassa among them.", "2021-03-02");
        whole.SplitPart.ShouldBeFalse();
        ReportMatcher.Compare(a, whole).Reason.ShouldNotContain("split_parts");
    }

    [Fact]
    public void A_split_phrase_matches_its_alternatives_and_any_word_for_its_number()
    {
        var phrases = SplitPhrases.Load(TestResources.DataDirectory);
        phrases.FoundIn(["toll", "spread", "between", "two", "locations"]).ShouldBeTrue();
        phrases.FoundIn(["split", "across", "5", "days"]).ShouldBeTrue();
        phrases.FoundIn(["the", "group", "split", "into", "two", "factions"]).ShouldBeFalse();
    }

    [Fact]
    public void A_night_attack_dated_by_its_evening_in_one_report_and_its_morning_in_the_other_is_one_event()
    {
        var evening = Report("a", "Gunmen attacked the market in Sevare on Friday night, killing 12 civilians, witnesses said of the men loyal to a commander named Hamadoun Kassa.", "2022-03-12");
        var morning = Report("b", "Twelve civilians were killed in Sevare early on Saturday when gunmen loyal to Hamadoun Kassa attacked the market.", "2022-03-12");
        evening.Night.ShouldBeTrue();
        morning.Night.ShouldBeFalse();
        var v = ReportMatcher.Compare(evening, morning);
        v.Reason.ShouldContain("1 day apart, at night");
        v.Same.ShouldBeTrue(v.Reason);
        // Two exact days a day apart, neither at night, weigh against: the same text told of Friday is the day before's attack.
        var friday = Report("c", "Twelve civilians were killed in Sevare on Friday when gunmen loyal to Hamadoun Kassa attacked the market.", "2022-03-12");
        ReportMatcher.Compare(friday, morning).Reason.ShouldContain("1 day apart (");
    }

    [Fact]
    public void A_report_whose_act_sentence_tells_the_night_is_one_event_with_the_report_dated_the_morning_after()
    {
        // Dated by its lead's weekday, but the sentence of the act says it happened overnight: the night straddles both days.
        const string lead = "Gunmen killed three people in Sevare on Monday, among them the town's mayor, the governor said. He said men loyal to Hamadoun Kassa stormed the mayor's house{0} and opened fire.";
        var overnight = Report("a", string.Format(lead, " overnight"), "2022-03-08");
        var morning = Report("b", "Three people including the mayor of Sevare were shot dead at his house early on Tuesday when gunmen loyal to Hamadoun Kassa attacked it, the governor said.", "2022-03-09");
        overnight.Night.ShouldBeTrue();
        var v = ReportMatcher.Compare(overnight, morning);
        v.Reason.ShouldContain("1 day apart, at night");
        v.Same.ShouldBeTrue(v.Reason);
        // Without the night the two exact days a day apart weigh against.
        var plain = Report("c", string.Format(lead, ""), "2022-03-08");
        plain.Night.ShouldBeFalse();
        ReportMatcher.Compare(plain, morning).Same.ShouldBeFalse();
        // A night word in a sentence that does not tell the act (an aftermath) dates nothing.
        Report("d", string.Format(lead, "") + " Soldiers patrolled the town overnight.", "2022-03-08").Night.ShouldBeFalse();
    }

    [Fact]
    public void A_toll_the_other_report_retells_as_its_earlier_count_ties_the_two()
    {
        // The test kit's documents carry no source of their own id: the day each was published is set here.
        var first = Report("a", "Gunmen killed 30 civilians in Sevare on Tuesday during an attack on the cattle market, the governor said.", "2022-03-09") with { Published = new DateOnly(2022, 3, 9) };
        const string later = "At least 45 civilians died in the attack by gunmen on the cattle market of Sevare on Tuesday, up from an earlier toll{0}, the governor said.";
        var retold = Report("b", string.Format(later, " of 30"), "2022-03-11") with { Published = new DateOnly(2022, 3, 11) };
        var v = ReportMatcher.Compare(first, retold);
        v.Reason.ShouldContain("b also writes a's toll (30) (+1)");
        v.Same.ShouldBeTrue(v.Reason);
        // The same later report without the earlier figure shares only the coded fields and close tolls.
        var bare = ReportMatcher.Compare(first, Report("c", string.Format(later, ""), "2022-03-11") with { Published = new DateOnly(2022, 3, 11) });
        bare.Reason.ShouldNotContain("also writes");
        bare.Same.ShouldBeFalse(bare.Reason);
        // A single death is written everywhere: a toll of one found among the other's numbers ties nothing.
        var one = ReportMatcher.Compare(first with { Fatalities = 1 }, retold with { EventWords = ["1", .. retold.EventWords] });
        one.Reason.ShouldNotContain("also writes");
        // Only a later report retells a count: a report of the same day writing the figure meets the toll by chance.
        ReportMatcher.Compare(first, retold with { Published = first.Published }).Reason.ShouldNotContain("also writes");
    }

    [Fact]
    public void A_night_told_before_the_day_dates_the_event_by_the_night()
    {
        var r = Report("a", "Dans la nuit de mardi à mercredi, des assaillants ont tué quatorze habitants de Tiongoli, un hameau du nord du Mali, a rapporté mercredi un élu.", "2024-05-22");
        r.Night.ShouldBeTrue();
    }

    [Fact]
    public void Two_reports_placed_only_in_the_country_that_name_the_same_unlisted_village_tell_one_place()
    {
        var a = Report("a", "Quatorze habitants du village de Tiongoli, dans le nord du Mali, ont été tués mardi par des assaillants venus à moto, a rapporté mercredi l'élu Bakary Samassékou.", "2024-05-22");
        var b = Report("b", "Des individus armés ont fait irruption mardi dans la commune de Tiongoli, dans le nord du Mali, tuant une quinzaine d'habitants, selon l'élu Bakary Samassékou.", "2024-05-22");
        a.GeoPrecision.ShouldBe(GeoPrecision.Region);
        a.Settlements.ShouldBe(["tiongoli"]);
        b.Settlements.ShouldBe(["tiongoli"]);
        var v = ReportMatcher.Compare(a, b);
        v.Reason.ShouldContain("the same village the gazetteer lacks (tiongoli)");
        v.Reason.ShouldNotContain("names both documents use (tiongoli");
        v.Same.ShouldBeTrue(v.Reason);
        // Another village the gazetteer lacks is another place: nothing of the village weighs for the pair.
        var other = Report("c", "Des individus armés ont fait irruption mardi dans la commune de Sirakoro-Dounfing, dans le nord du Mali, tuant une quinzaine d'habitants, selon l'élu Bakary Samassékou.", "2024-05-22");
        var w = ReportMatcher.Compare(a, other);
        w.Reason.ShouldNotContain("the same village");
        w.Same.ShouldBeFalse(w.Reason);
    }

    [Fact]
    public void Months_and_weekdays_are_no_names_two_reports_share()
    {
        var r = Report("a", "Soldiers clashed with JNIM fighters in Sevare, days after a December truce brokered by the imam Mahmoud Dicko.", "2022-03-10");
        r.EventNames.ShouldContain("dicko");
        r.EventNames.ShouldNotContain("december");
        r.DocumentNames.ShouldNotContain("december");
    }

    [Fact]
    public void Two_killings_of_one_person_in_one_town_on_one_day_are_two_events_when_nothing_else_ties_them()
    {
        var man = Report("a", "Gunmen shot dead a shopkeeper in Sevare on Tuesday.", "2022-03-08");
        var woman = Report("b", "A woman was shot dead by gunmen in Sevare on Tuesday.", "2022-03-08");
        var v = ReportMatcher.Compare(man, woman);
        v.Reason.ShouldContain("same small toll (1) (+0.5)");
        v.Same.ShouldBeFalse(v.Reason);
        // A toll of twelve told by both is peculiar to the event: it weighs in full.
        var twelve = ReportMatcher.Compare(Report("c", "Gunmen shot dead 12 traders in Sevare on Tuesday.", "2022-03-08"), Report("d", "Twelve traders were shot dead by gunmen in Sevare on Tuesday.", "2022-03-08"));
        twelve.Reason.ShouldContain("same toll (12) (+1)");
    }

    [Fact]
    public void What_a_place_is_written_with_in_brackets_contains_it_and_is_no_name_two_protests_share()
    {
        var drivers = Report("a", "On Tuesday, taxi drivers protested in Sevare town (Mopti, MO) against the price of fuel.", "2022-03-08");
        var teachers = Report("b", "On Tuesday, teachers protested in Sevare town (Mopti, MO) to demand unpaid salaries.", "2022-03-08");
        drivers.EventNames.ShouldNotContain("mo");
        var v = ReportMatcher.Compare(drivers, teachers);
        v.Reason.ShouldNotContain("shared names");
        v.Same.ShouldBeFalse(v.Reason);
        // A name outside the brackets is still the event's own: the union that called both strikes.
        var union = Report("c", "On Tuesday, taxi drivers of the Synatram union protested in Sevare town (Mopti, MO) against the price of fuel.", "2022-03-08");
        union.EventNames.ShouldContain("synatram");
    }

    [Fact]
    public void A_name_spelt_two_ways_by_two_outlets_is_one_shared_name()
    {
        var a = Report("a", "Heavy clashes erupted in Misrata on Monday after the killing of Abdulwahed Dabi, a militia commander named by Salem Bouzrida.", "2024-04-09");
        var b = Report("b", "Heavy clashes erupted in Misrata on Monday after the death of militia chief Abdelwahed Dabi, residents told Salem Bouzrida.", "2024-04-09");
        NameClauses(ReportMatcher.Compare(a, b).Reason).ShouldContain("abdulwahed");
        // Names too short to tell a spelling from another name are compared as written: 'Daba' is not 'Dabi', though the
        // reports still share the resident's name.
        var c = Report("c", "Heavy clashes erupted in Misrata on Monday after the death of militia chief Daba, residents told Salem Bouzrida.", "2024-04-09");
        var names = NameClauses(ReportMatcher.Compare(a, c).Reason);
        names.ShouldContain("bouzrida");
        names.ShouldNotContain("dabi");
        NameClauses(ReportMatcher.Compare(a, c with { EventNames = [.. c.EventNames, "dabi"] }).Reason).ShouldContain("dabi");
    }

    /// <summary>The clauses of a verdict's reason that list the names two reports share.</summary>
    static string NameClauses(string reason) =>
        string.Join("; ", reason.Split("; ").Where(c => c.StartsWith("shared names (", StringComparison.Ordinal) || c.StartsWith("names both documents use (", StringComparison.Ordinal)));

    [Fact]
    public void A_person_named_beside_the_place_is_no_place_and_a_name_in_two_words_meets_it_in_one()
    {
        var a = Report("a", "Heavy clashes erupted in Misrata on Monday after the killing of Abdel Wahed al-Dabi, a militia commander. Dabi had led the Sea Brigade for years, said Salem Bouzrida, a resident.", "2024-04-09");
        var b = Report("b", "Fighting broke out in Misrata on Monday. The clashes followed the death of the militia chief Abdulwahed Dabi, residents told Salem Bouzrida.", "2024-04-09");
        a.PlaceNames.ShouldNotContain("abdel");
        a.JoinedNames.ShouldContain("abdelwahed");
        var v = ReportMatcher.Compare(a, b);
        v.Reason.ShouldNotContain("names a place the other does not");
        v.Reason.ShouldContain("abdelwahed");
        // A run of names whose last one the text never writes alone is no person: a village beside the town stays a place.
        var village = Report("c", "Heavy clashes erupted in Misrata on Monday near Wadi Wahed, a farming village.", "2024-04-09");
        village.PlaceNames.ShouldContain("wadi");
    }
}
