using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

public class EventTypingTests
{
    [Theory]
    [InlineData("A suicide bomber blew himself up at a checkpoint in Kabul on Friday, killing three policemen.", "Suicide bomb")]
    [InlineData("Warplanes carried out airstrikes on rebel positions in Idlib on Friday.", "Air/drone strike")]
    [InlineData("Separatists shelled army positions near Donetsk with mortars on Friday.", "Shelling/artillery/missile attack")]
    [InlineData("A roadside bomb struck a military convoy near Afgoye on Friday.", "Remote explosive/landmine/IED")]
    [InlineData("Gunmen abducted 20 students from a school in Kaduna on Friday.", "Abduction/forced disappearance")]
    [InlineData("Gunmen shot dead a teacher in Peshawar on Friday.", "Attack")]
    [InlineData("Soldiers clashed with Al Shabaab fighters in Baidoa on Friday.", "Armed clash")]
    [InlineData("Hundreds of teachers protested in Accra on Friday to demand unpaid salaries.", "Peaceful protest")]
    [InlineData("Police fired tear gas to disperse protesters in Nairobi on Friday.", "Protest with intervention")]
    [InlineData("Rioters burned tyres and threw stones at police in Beirut on Friday.", "Violent demonstration")]
    [InlineData("An angry mob lynched a suspected thief in Kano on Friday.", "Mob violence")]
    [InlineData("Police arrested an opposition leader in Harare on Friday.", "Arrests")]
    [InlineData("Soldiers defused a roadside bomb near Mogadishu on Friday.", "Disrupted weapons use")]
    // A thwarted or foiled act is an event where the violence thwarted is told beside it.
    [InlineData("Soldiers thwarted an incursion by militants into Diffa on Friday.", "Armed clash")]
    [InlineData("Police foiled a car bomb attack on a market in Maiduguri on Friday.", "Disrupted weapons use")]
    [InlineData("A man threw a grenade at a police post in Bujumbura on Friday.", "Grenade")]
    [InlineData("A group of motorcycle taxi riders threw stones at two soldiers in Nzerekore on Friday.", "Mob violence")]
    [InlineData("The bodies of two men with gunshot wounds were found by a road in Gao on Friday.", "Attack")]
    [InlineData("Workers blocked the national road in Tizi Ouzou on Friday over unpaid salaries.", "Peaceful protest")]
    [InlineData("Two militants were killed when the landmine they were planting exploded prematurely near Kandahar on Friday.", "Disrupted weapons use")]
    [InlineData("Militants threw a hand grenade at an army checkpoint in Mogadishu on Friday; soldiers reacted with gunfire.", "Armed clash")]
    [InlineData("Unidentified gunmen shot and killed two civilians in al Bab on Friday using small arms fire.", "Attack")]
    [InlineData("Unidentified gunmen abducted a police officer in Ilaro on Friday.", "Armed clash")]
    [InlineData("On Friday three armed men assaulted a security guard outside a bank in Guatemala City to take his pistol.", "Armed clash")]
    [InlineData("An army commando raid in Qalat on Friday, supported by airstrikes, left 18 Taliban fighters dead.", "Armed clash")]
    [InlineData("Soldiers and Arakan Army fighters fought with small and heavy weapons near Sittwe on Friday.", "Armed clash")]
    [InlineData("Soldiers staged a demonstration at their camp in Diafarabe on Friday and fired gunshots in the air to demand their pay.", "Violent demonstration")]
    [InlineData("Demonstrators blocked the main road in Aden on Friday, burning material, to demand the director's replacement.", "Violent demonstration")]
    [InlineData("Unknown arsonists set fire to a telecommunications mast in Limassol on Friday.", "Looting/property destruction")]
    [InlineData("Members of an anarchist group smashed the glass front of a bank in Athens on Friday.", "Looting/property destruction")]
    [InlineData("Villages were torched during a two day battle involving rebels and army forces near Yei on Friday.", "Armed clash")]
    [InlineData("Two militants were killed when a bomb they carried detonated prematurely near Ghazni on Friday.", "Disrupted weapons use")]
    // A movement of forces told with the fighting it led to is context: the fighting is the event.
    [InlineData("Taliban militants ambushed soldiers near Kunduz on Friday when they arrived as reinforcements, killing four.", "Armed clash")]
    // Someone abducted and then killed was attacked.
    [InlineData("Three civilians were kidnapped and killed by gunmen in Maymana on Friday.", "Attack")]
    // Fire both ways is a clash whatever the weapons; one way with heavy weapons, shelling; small arms, a clash.
    [InlineData("Rebels and soldiers exchanged artillery fire near Marib on Friday.", "Armed clash")]
    // A weapon found, defused or that failed before harming anyone is disrupted; one that went off is its own type.
    [InlineData("Police recovered four IEDs planted by militants near Kandahar on Friday and defused them.", "Disrupted weapons use")]
    [InlineData("Militants threw a grenade at a checkpoint in Srinagar on Friday but the grenade did not explode.", "Disrupted weapons use")]
    [InlineData("An IED exploded near a patrol in Kandahar on Friday, and a second device was defused.", "Remote explosive/landmine/IED")]
    // Goods the state seizes are ACLED's property seizure, which outranks the arrests told with it.
    [InlineData("Federal police seized two tonnes of marijuana from a lorry in Guaira on Friday. Two men were arrested.", "Looting/property destruction")]
    [InlineData("Police broke up a sit-in at Skanderbeg Square in Tirana on Thursday; protesters were beaten up and dragged into vans.", "Protest with intervention")]
    [InlineData("A convoy of protesting drivers in Rostov-on-Don found police had blocked the path of the march on Thursday.", "Protest with intervention")]
    // A demand to reopen shops, or a protest against an arrest, is no intervention in the protest itself.
    [InlineData("Traders in Qom held a protest on Thursday, asking the governor to let them reopen their stores.", "Peaceful protest")]
    [InlineData("Reporters protested in Lahore on Thursday against the detention of a publisher who was arrested in March.", "Peaceful protest")]
    // Rioting is a violent demonstration where a demonstration or demand is told, mob violence otherwise.
    [InlineData("Inmates rioted in a Port Sudan jail on Friday, smashing cell doors.", "Mob violence")]
    [InlineData("Inmates rioted in a Port Sudan jail on Friday, calling for their release.", "Violent demonstration")]
    [InlineData("Rioters torched a money changer's office in Jericho on Friday. It followed demonstrations over frozen savings.", "Violent demonstration")]
    // A campaign cue names what is fought, not whom: a fight against people, or a protest against a policy, stays one.
    [InlineData("Soldiers fought against insurgents near Gao on Friday, killing six.", "Armed clash")]
    [InlineData("Hundreds of students protested against corruption in Nairobi on Friday.", "Peaceful protest")]
    [InlineData("Soldiers clashed with rebels using heavy artillery near Tripoli on Friday.", "Armed clash")]
    [InlineData("Rebels opened up with grenade launchers and heavy machine guns on army positions near Avdiivka on Friday.", "Shelling/artillery/missile attack")]
    [InlineData("Rebels fired mortars, grenade launchers and small arms at army positions near Avdiivka on Friday.", "Armed clash")]
    [InlineData("Monitors counted 40 explosions on Friday in both directions of the frontline outside Avdiivka.", "Armed clash")]
    [InlineData("The rebel air force targeted army positions near Misrata on Friday.", "Air/drone strike")]
    [InlineData("Opposition supporters took to the streets of Lilongwe on Friday chanting songs against the president.", "Peaceful protest")]
    [InlineData("Residents closed the national road near Ouargla on Friday by burning rubber tires, denouncing water cuts.", "Violent demonstration")]
    [InlineData("A detainee died as a result of torture in a prison in Homs on Friday.", "Attack")]
    // A protest about an accident or a flood is still a protest; the accident's dead are not the event.
    [InlineData("Relatives held a vigil in Sofia on Friday demanding justice for a journalist killed in a road accident.", "Peaceful protest")]
    [InlineData("Flood victims blocked the national road in Uvira on Friday to demand their share of the aid.", "Peaceful protest")]
    // Police who break up a protest told in the sentence after it make it a protest with intervention.
    [InlineData("Hundreds camped in tents and protested in Sofia on Friday to demand new elections. Police dispersed the protesters.", "Protest with intervention")]
    [InlineData("Villagers staged a demonstration at a clinic in Ambassa on Friday over a doctor's transfer. Police resorted to baton charge to disperse them.", "Protest with intervention")]
    // Protesters shot or killed by those who break up the protest: excessive force; a beating is an intervention,
    // and a killing the protest is about is its cause.
    [InlineData("Police shot dead two protesters in Mandalay on Sunday as security forces cracked down on demonstrations.", "Excessive force against protesters")]
    [InlineData("Police opened fire on demonstrators in Conakry on Tuesday, wounding three.", "Excessive force against protesters")]
    [InlineData("Soldiers fired on protesters in several towns, including Kankan, on Thursday, killing at least nine people, a rights group said.", "Excessive force against protesters")]
    [InlineData("Police fired tear gas at protesters in Kankan on Thursday.", "Protest with intervention")]
    [InlineData("Demonstrators gathered in Gedaref on Sunday. Soldiers dispersed the crowd with tear gas and beat a demonstrator.", "Protest with intervention")]
    [InlineData("Hundreds protested in Lagos on Monday against the killing of a student by police.", "Peaceful protest")]
    [InlineData("Protesters killed a policeman in Mandalay on Sunday.", "Violent demonstration")]
    [InlineData("Taliban fighters captured the district centre of Ghormach in Faryab province on Monday.", "Non-state actor overtakes territory")]
    // Vendors, migrants and health workers are civilians: when they fight the police, it is mob violence.
    [InlineData("In San Marcos on Saturday a group of market sellers attacked a policewoman who was enforcing the curfew.", "Mob violence")]
    [InlineData("Several migrant workers clashed with police in Vadodara on Sunday when officers turned them back at the state border.", "Mob violence")]
    // "Riot police" are police, not a riot.
    [InlineData("Demonstrators in Minsk were beaten by riot police on Saturday.", "Protest with intervention")]
    // Protesting against an arrest is no intervention.
    [InlineData("Journalists protested in Lahore on Friday against the unjust arrest of their editor.", "Peaceful protest")]
    [InlineData("Police and a suspected gang member exchanged fire in Marcacao on Friday; the suspect was wounded.", "Armed clash")]
    [InlineData("The bodies of three women with their throats slit lay beside the highway near Sain Alto on Friday.", "Attack")]
    [InlineData("The army re-captured Quissanga on Friday after it was taken over by insurgents.", "Government regains territory")]
    public void Codes_the_sub_event_type(string text, string expected)
    {
        Main(text).SubEventType.ShouldBe(expected);
    }

    [Fact]
    public void Gunmen_killing_soldiers_is_an_armed_clash_not_violence_against_civilians()
    {
        var e = Main("Gunmen killed four soldiers at a checkpoint near Gao on Friday.");
        e.EventType.ShouldBe("Battles");
        e.Actor2.ShouldBe("Military Forces of Mali (2013-2020)");
    }

    [Theory]
    [InlineData("Heavy rains caused floods in Mopti on Sunday, destroying houses, officials said.")]
    [InlineData("The finance minister met donors in Bamako on Monday to discuss the budget.")]
    [InlineData("A bus crashed on the highway near Kano, killing 12 passengers.")]
    [InlineData("Firefighters put out a blaze at a market in Kano on Friday.")]
    [InlineData("A gas explosion at a factory in Lagos killed five workers on Friday.")]
    [InlineData("Police arrested a man suspected of stealing cars in Nairobi on Tuesday, a spokesman said.")]
    [InlineData("A man stabbed his wife to death in a domestic dispute in Lagos on Monday, police said.")]
    [InlineData("Thieves broke into a bank in Kumasi and stole 2 million cedis, police said.")]
    [InlineData("A truck carrying fuel overturned and exploded on the highway near Onitsha, killing 8 people.")]
    [InlineData("Parliament passed a law on Tuesday banning demonstrations near government buildings.")]
    [InlineData("A lightning strike killed three children in a village near Mbale on Sunday.")]
    [InlineData("A fire at a market in Kano destroyed 200 shops on Sunday night, the fire service said.")]
    [InlineData("A man killed his wife with a knife in Karachi on Sunday after a domestic quarrel, police said.")]
    [InlineData("Police arrested three suspects on Monday in connection with the murder of a businessman in Nairobi.")]
    [InlineData("Cholera has killed 45 people in Borno state since January, health officials said.")]
    [InlineData("A drunk driver killed three pedestrians in Kampala on Sunday, police said.")]
    [InlineData("A storm destroyed houses in Mopti on Friday and two people were injured.")]
    [InlineData("A truck smashed into a minibus near Nakuru on Friday, killing five passengers.")]
    [InlineData("A wildfire burned 300 hectares of forest near Limassol on Sunday, firefighters said.")]
    [InlineData("The army chief visited troops in Gao on Friday and praised their courage in the fight against terrorism.")]
    [InlineData("Locusts destroyed crops across northern Kenya in May, the FAO said on Friday.")]
    [InlineData("The government said on Friday it would step up the war on drugs in Manila.")]
    [InlineData("Two men were sentenced to death in Kaduna on Friday for the murder of a village head.")]
    [InlineData("A jury in Minneapolis convicted the former officer of murder on Friday.")]
    [InlineData("A man stabbed his neighbour to death in Nairobi on Friday after an argument over a debt, police said.")]
    [InlineData("A tanker truck exploded on a highway near Onitsha on Friday, killing at least 12 people.")]
    [InlineData("A woman was arrested in Accra on Friday for selling fake coronavirus test kits.")]
    [InlineData("A former rebel commander was sworn in as vice president in Juba on Friday under the peace deal.")]
    public void Reports_of_disasters_diplomacy_and_accidents_yield_no_event(string text)
    {
        Code(text).ShouldBeEmpty();
    }

    [Fact]
    public void A_violent_event_named_as_the_cause_of_a_protest_is_not_the_protest()
    {
        Main("Residents staged a pot-banging protest in Rosario on Friday against the release of prisoners, after the riots in the prisons.")
            .SubEventType.ShouldBe("Peaceful protest");
        // With nothing else in the sentence, the noun still tells the event.
        Code("Following the attack on the convoy near Gao on Friday, five soldiers died.").ShouldNotBeEmpty();
    }

    [Fact]
    public void Men_who_kill_are_an_armed_group_and_a_crowd_that_beats_is_a_mob()
    {
        var e = Main("On Friday in Manaus, a man was beaten to death by four men.");
        e.SubEventType.ShouldBe("Attack");
        Main("On Friday in Juliaca, a group of citizens caught a suspected thief, tied him to a post and beat him.").SubEventType.ShouldBe("Mob violence");
    }

    [Fact]
    public void Demonstrators_who_turn_violent_make_a_violent_demonstration_whatever_the_police_did()
    {
        Main("Police fired tear gas to disperse thousands of migrant workers protesting in Surat on Friday, who pelted stones at them.")
            .SubEventType.ShouldBe("Violent demonstration");
        // Riots named as what came before are not this protest.
        Main("Protesters gathered outside the court in Sidon on Friday to demand the release of men arrested in the wake of the riots.")
            .SubEventType.ShouldBe("Peaceful protest");
    }

    [Fact]
    public void Protesters_blocking_a_road_in_both_directions_are_not_fighting()
    {
        Main("Protesters blocked the main highway in Zahle in both directions on Friday.").SubEventType.ShouldBe("Peaceful protest");
    }

    [Fact]
    public void A_suicide_bombing_stays_one_when_gunfire_follows()
    {
        Main("A suicide bomber detonated a car bomb at the base in Gao on Friday, and his comrades exchanged fire with soldiers.")
            .SubEventType.ShouldBe("Suicide bomb");
    }

    [Fact]
    public void Harm_to_people_outranks_the_arrest_or_looting_told_with_it()
    {
        Main("Soldiers arrested and beat a trader in Gao on Friday.").SubEventType.ShouldBe("Attack");
        Main("Militants looted shops in Gao on Friday and kidnapped a trader.").SubEventType.ShouldBe("Abduction/forced disappearance");
    }

    [Fact]
    public void An_armed_group_that_arrests_people_abducts_them()
    {
        Main("Al Shabaab militants arrested four traders in Baidoa on Friday.").SubEventType.ShouldBe("Abduction/forced disappearance");
    }

    [Fact]
    public void Off_duty_security_personnel_are_civilians()
    {
        var e = Main("In Baidoa on Friday Al Shabaab militants shot dead a police officer (assumed off-duty) at a tea shop.");
        e.SubEventType.ShouldBe("Attack");
        e.Actor2.ShouldBe("Civilians (Somalia)");
        Main("Gunmen shot dead two off-duty soldiers in Gao on Friday.").Actor2.ShouldBe("Civilians (Mali)");
        Main("Armed men shot dead a police officer who was off duty in Baidoa on Friday.").Actor2.ShouldBe("Civilians (Somalia)");
    }

    [Fact]
    public void A_fight_between_crowds_or_with_the_police_is_mob_violence_unless_fought_with_guns()
    {
        var groups = Main("Two groups of villagers clashed over a land dispute in Kayes on Friday.");
        groups.SubEventType.ShouldBe("Mob violence");
        (groups.Actor1, groups.Actor2).ShouldBe(("Rioters (Mali)", "Rioters (Mali)"));
        var police = Main("Shopkeepers clashed with police in Kayes on Friday after officers ordered them to close.");
        police.SubEventType.ShouldBe("Mob violence");
        (police.Actor1, police.Actor2).ShouldBe(("Rioters (Mali)", "Police Forces of Mali (2013-2020)"));
        Main("Two families exchanged fire over a land dispute in Kayes on Friday.").SubEventType.ShouldBe("Armed clash");
        // A named armed group makes it a battle, whoever else is there.
        Main("Villagers and Katiba Macina fighters clashed near Kayes on Friday.").SubEventType.ShouldBe("Armed clash");
    }

    [Fact]
    public void One_sided_violence_with_no_armed_target_is_an_attack_but_gunfire_stays_a_clash()
    {
        Main("Soldiers assaulted a journalist in Kayes on Friday.").SubEventType.ShouldBe("Attack");
        Main("Rebels fired small arms near Kayes on Friday.").SubEventType.ShouldBe("Armed clash");
    }

    [Fact]
    public void Cattle_stolen_by_a_militia_is_still_looting()
    {
        Main("Fulani militias stole 43 cows from a farm near Makurdi on Friday.").SubEventType.ShouldBe("Looting/property destruction");
    }

    [Fact]
    public void Police_named_only_as_the_source_take_no_part()
    {
        var e = Main("Gunmen shot dead a trader in Kano on Friday, police said.");
        e.SubEventType.ShouldBe("Attack");
        e.Actor2.ShouldBe("Civilians (Nigeria)");
    }

    [Fact]
    public void A_movement_of_forces_with_no_fighting_told_is_a_change_to_group_activity()
    {
        Main("The army sent military reinforcements to Menaka on Friday.").SubEventType.ShouldBe("Change to group/activity");
    }

    [Fact]
    public void A_place_taken_in_fighting_is_coded_by_who_took_it()
    {
        Main("Soldiers took control of a militia stronghold near Djugu on Friday after clashes with the militiamen.")
            .SubEventType.ShouldBe("Government regains territory");
        Main("Taliban fighters took over control of a dozen villages in Yaftal on Friday after clashes, killing one soldier.")
            .SubEventType.ShouldBe("Non-state actor overtakes territory");
        // The agent of the clause that tells the background ("after it was taken over by") is not who acted.
        var regained = Main("Mozambique's military re-captured Quissanga on Friday, which had been held by Islamic militants since March.");
        regained.SubEventType.ShouldBe("Government regains territory");
        regained.Actor1.ShouldBe("Military Forces of Mozambique (2015-2025)");
    }

    [Fact]
    public void A_victim_told_as_a_gang_member_makes_a_clash_with_a_gang()
    {
        var e = Main("Two armed men shot dead a young man near a bakery in Manaus, Amazonas, on Thursday. The victim had charges against him for theft.");
        (e.SubEventType, e.Actor2).ShouldBe(("Armed clash", "Unidentified Gang (Brazil)"));
        // Without such a record the victim is a civilian.
        Main("Two armed men shot dead a young man near a bakery in Manaus, Amazonas, on Thursday.").SubEventType.ShouldBe("Attack");
    }

    [Fact]
    public void Disrupted_weapons_use_rests_on_the_disruption_not_the_weapon()
    {
        var e = Main("Police recovered four IEDs planted by militants near Kandahar on Friday and defused them.");
        e.Evidence.Where(x => x.Field == "sub_event_type").Select(x => x.Text).ShouldBe(["defused"]);
    }

    [Fact]
    public void A_threat_is_not_an_attack()
    {
        Code("The group threatened to attack the city.").ShouldBeEmpty();
    }
}
