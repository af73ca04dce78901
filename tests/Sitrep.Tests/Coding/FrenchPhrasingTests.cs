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
