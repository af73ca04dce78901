using Shouldly;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Events;
using Xunit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// The French pack's small word classes, casualty phrases and place cues, in sentences written for these tests: each
/// case is one way a French reporter writes the dead or the place, coded as ACLED would.
/// </summary>
public sealed class FrenchPhrasingTests
{
    private static IReadOnlyList<CodedEvent> Code(string text, string published = "2024-03-15") =>
        TestResources.Coder.Code(new Document("fr", text, DateOnly.Parse(published), Language: "fr"));

    [Theory]
    // uncertain-fate after 'ou': the dead are not known, and ACLED counts none.
    [InlineData("Cinq soldats ont été tués ou blessés jeudi lors de l'embuscade tendue près de Ménaka.", 0)]
    // age-unit: 'de 12 ans' is an age, not twelve dead.
    [InlineData("Un garçon de 12 ans a été tué par balle jeudi à Gao par des hommes armés.", 1)]
    // casualty-count-link: 'la mort de cinq civils'.
    [InlineData("Jeudi, l'attaque des hommes armés contre le village de Kareri, près de Ségou, a entraîné la mort de cinq civils.", 5)]
    // 'a coûté la vie à neuf villageois': the count after the phrase.
    [InlineData("Jeudi, l'attaque des hommes armés contre le village de Kareri, près de Ségou, a coûté la vie à neuf villageois.", 9)]
    // additional-word and other-word: dead told as more than those already told add to them.
    [InlineData("Quatre soldats ont été tués jeudi dans une embuscade près de Ménaka. Deux civils ont également été tués.", 6)]
    [InlineData("Quatre soldats ont été tués jeudi dans une embuscade près de Ménaka. Deux autres soldats sont morts de leurs blessures.", 6)]
    // count-clause-opener 'de', 'avec', 'fait' and casualty-clause-end 'et', 'dans': a count, its people and a participle
    // after a word that introduces a toll.
    [InlineData("Mardi, des hommes armés ont tendu une embuscade à un convoi de la police près de Djibo. Le bilan fait état de trois policiers tués et de deux blessés.", 3)]
    [InlineData("Mardi, des hommes armés ont attaqué un poste de police près de Djibo, avec deux policiers tués dans l'assaut.", 2)]
    [InlineData("Mardi, l'attaque contre le poste de Djibo a fait quatre soldats tués, selon une source sécuritaire.", 4)]
    // earlier-word: a toll told as the previous one has been replaced by the later figure.
    [InlineData("Samedi, des hommes armés ont ouvert le feu sur un camion de forains près de Bandiagara, tuant 27 passagers, d'après un nouveau décompte. Le bilan précédent faisait état de 12 passagers tués.", 27)]
    public void French_phrasings_of_the_dead_count_as_acled_counts(string text, int dead) =>
        Code(text).ShouldHaveSingleItem().Fatalities.ShouldBe(dead);

    [Fact]
    public void A_town_people_fled_or_were_taken_to_is_not_where_the_attack_happened()
    {
        var e = Code("Des hommes armés ont attaqué jeudi un village du Niger, et des dizaines d'habitants se sont réfugiés à Niamey.").ShouldHaveSingleItem();
        e.Location.ShouldNotBe("Niamey");
        e.Country.ShouldBe("Niger");
    }

    [Theory]
    [InlineData("situé à 40 km de la ville de Djibo")]
    [InlineData("à 45 km de la commune de Djibo")]
    [InlineData("à une quarantaine de kms de Djibo")]
    [InlineData("près de la ville de Djibo")]
    public void A_village_the_gazetteer_lacks_told_by_its_distance_from_a_town_is_coded_near_the_town(string where)
    {
        var e = Code($"Des hommes armés ont attaqué jeudi le village de Kobouré, {where}, tuant sept civils.").ShouldHaveSingleItem();
        e.Location.ShouldBe("Djibo");
        e.GeoPrecision.ShouldBe(GeoPrecision.NearTown);
    }

    [Fact]
    public void The_kind_of_the_town_alone_keeps_the_event_in_it()
    {
        var e = Code("Des hommes armés ont attaqué jeudi la ville de Djibo, tuant sept civils.").ShouldHaveSingleItem();
        e.Location.ShouldBe("Djibo");
        e.GeoPrecision.ShouldBe(GeoPrecision.Town);
    }

    [Fact]
    public void What_a_rally_follows_in_the_pluperfect_a_week_before_is_background_not_its_violence()
    {
        var e = Code("Plusieurs centaines de militants de l'opposition se sont rassemblés mardi à Lomé pour réclamer des réformes. "
            + "Le rassemblement s'est tenu dans le calme. La semaine dernière, trois personnes avaient été tuées lors de heurts entre "
            + "manifestants et forces de l'ordre dans la capitale.").ShouldHaveSingleItem();
        e.SubEventType.ShouldBe("Peaceful protest");
        e.Fatalities.ShouldBe(0);
    }

    [Fact]
    public void An_attack_told_in_the_pluperfect_on_a_day_of_its_own_is_another_event_at_the_story_place()
    {
        var events = Code("Des hommes armés ont abattu mardi 23 villageois à Kolmane, une localité de la région de Tillabéri, au Niger, selon des élus locaux. "
            + "Des renforts militaires sont arrivés sur place dans la soirée. "
            + "Samedi, les assaillants avaient déjà attaqué le poste de gendarmerie de Kolmane, tuant six gendarmes.",
            "2024-05-23");
        events.Count.ShouldBe(2);
        var civilians = events.Single(x => x.EventDate == new DateOnly(2024, 5, 21));
        civilians.SubEventType.ShouldBe("Attack");
        civilians.Actor1.ShouldBe("Unidentified Armed Group (Niger)");
        civilians.Fatalities.ShouldBe(23);
        var gendarmes = events.Single(x => x.EventDate == new DateOnly(2024, 5, 18));
        gendarmes.SubEventType.ShouldBe("Armed clash");
        gendarmes.Actor1.ShouldBe("Unidentified Armed Group (Niger)");
        gendarmes.Actor2.ShouldStartWith("Military Forces of Niger");
        gendarmes.Fatalities.ShouldBe(6);
        gendarmes.Admin1.ShouldBe(civilians.Admin1);
        gendarmes.GeoPrecision.ShouldBe(civilians.GeoPrecision);
    }

    [Theory]
    [InlineData("près de Teguey, dans la région de Tillabéri")]
    [InlineData("dans la région de Tillabéri")]
    public void A_region_named_with_its_kind_is_the_region_not_its_seat(string where)
    {
        var e = Code($"Des hommes armés ont enlevé jeudi cinq civils {where}, a-t-on appris de sources locales.").ShouldHaveSingleItem();
        e.Admin1.ShouldBe("Tillaberi");
        e.GeoPrecision.ShouldBe(GeoPrecision.Region);
        Code("Des hommes armés ont enlevé jeudi cinq civils à Téra, dans la région de Tillabéri.").ShouldHaveSingleItem().GeoPrecision.ShouldBe(GeoPrecision.Town);
    }

    [Fact]
    public void Combats_opposing_the_fardc_to_the_m23_rebels_have_both_sides()
    {
        var e = Code("Des combats ont opposé mardi les FARDC aux rebelles du M23 près de Rutshuru, dans le Nord-Kivu, selon des sources locales.").ShouldHaveSingleItem();
        new[] { e.Actor1, e.Actor2 }.ShouldBe(["M23: March 23 Movement", "Military Forces of the Democratic Republic of Congo (2019-)"], ignoreOrder: true);
    }

    [Fact]
    public void The_attackers_after_an_attack_noun_did_it_and_who_found_the_bodies_did_not()
    {
        var e = Code("Dix-huit villageois ont perdu la vie jeudi dans une attaque d'hommes armés non identifiés contre un hameau proche de Nara, "
            + "dans l'ouest du Mali. Dix-huit corps ont été découverts par des militaires, a déclaré le maire.", "2024-05-24").ShouldHaveSingleItem();
        e.Actor1.ShouldBe("Unidentified Armed Group (Mali)");
        e.Actor2.ShouldBe("Civilians (Mali)");
    }

    [Fact]
    public void A_weapon_the_searchers_risk_stepping_on_is_not_the_event()
    {
        const string killing = "Des hommes armés ont tué lundi onze orpailleurs sur un site aurifère près de Kéniéba. ";
        var e = Code(killing + "Les secouristes avancent lentement, car la probabilité de heurter des engins explosifs improvisés "
            + "abandonnés par les assaillants est réelle.", "2024-05-21").ShouldHaveSingleItem();
        // The same devices struck in fact are the event's weapon.
        Code(killing + "Les secouristes avancent lentement, car ils heurtent des engins explosifs improvisés abandonnés par les assaillants.", "2024-05-21")
            .ShouldHaveSingleItem().SubEventType.ShouldBe("Remote explosive/landmine/IED");
        e.SubEventType.ShouldBe("Attack");
    }

    [Theory]
    // One convention in both languages: unnamed Islamist attackers are an unidentified armed group, as ACLED codes them
    // where no group is named; only in Mozambique does ACLED keep an actor of its own for them.
    [InlineData("en", "Suspected jihadists killed 14 villagers on Tuesday near Djibo.", "Unidentified Armed Group (Burkina Faso)")]
    [InlineData("fr", "Des djihadistes présumés ont tué mardi 14 villageois près de Djibo.", "Unidentified Armed Group (Burkina Faso)")]
    [InlineData("en", "Islamist militants killed five villagers on Tuesday near Mocimboa da Praia.", "Islamist Militia (Mozambique)")]
    [InlineData("fr", "Des islamistes armés ont tué mardi cinq villageois près de Mocímboa da Praia.", "Islamist Militia (Mozambique)")]
    public void Unnamed_islamist_attackers_follow_one_convention_in_both_languages(string language, string text, string actor1) =>
        TestResources.Coder.Code(new Document("x", text, new DateOnly(2024, 3, 15), Language: language)).ShouldHaveSingleItem().Actor1.ShouldBe(actor1);
}
