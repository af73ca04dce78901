using Shouldly;
using Sitrep.Coding;
using Sitrep.Documents;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>The country and actor mentions ActorStage finds, read through the English word classes it uses.</summary>
public class ActorStageTests
{
    /// <summary>The document as the stages up to ActorStage leave it (with the triggers it reads): what the later stages do to its countries is theirs.</summary>
    private static AnnotatedDocument UpToActors(string text) =>
        new CodingPipeline([new TokenizerStage(), new SentenceStage(), new NewsStructureStage(), new DateStage(), new BackgroundStage(), new TriggerStage(), new ActorStage()])
            .Annotate(new Document("t", text, new DateOnly(2020, 5, 8)), TestResources.Resources);

    [Theory]
    // currency: "the US dollar" is money, not the United States.
    [InlineData("The naira fell against the US dollar on Monday.", "US")]
    // city-word: "Benin City" is a town of Nigeria, not the country Benin.
    [InlineData("Gunmen attacked a bank in Benin City on Monday.", "BJ")]
    public void A_country_name_before_a_currency_or_city_word_names_no_country(string text, string iso2)
    {
        UpToActors(text).Countries.ShouldNotContain(c => c.Iso2 == iso2);
        UpToActors("Gunmen attacked a bank in Benin on Monday.").Countries.ShouldContain(c => c.Iso2 == "BJ");
    }

    [Theory]
    [InlineData("On Monday, militiamen from the Habar Gedir clan attacked a village.", "Habar Gedir")]
    [InlineData("On Monday, Nigerian Tiv militia attacked a village.", "Tiv")]
    [InlineData("On Monday, the Tiv militia attacked a village.", "Tiv")]
    [InlineData("On Monday, militiamen from the Habar Gedir-Saad sub-clan attacked a village.", "Habar Gedir-Saad")]
    public void A_phrase_with_a_group_slot_takes_the_groups_capitalised_words(string text, string group) =>
        Annotate(text).Actors.Where(a => a.Group is not null).Select(a => a.Group).ShouldBe([group]);

    [Theory]
    // A headline capitalises every word; a sentence's first word is capitalised whatever it is; a creed is no group.
    [InlineData("Clashes Erupt After Militia Leader Killed In Tripoli")]
    [InlineData("Rival militias attacked a village on Monday.")]
    [InlineData("On Monday, Islamist militias attacked a village.")]
    // A group the pack names itself ("Fulani militia") is its row's.
    [InlineData("On Monday, Fulani militia attacked a village.")]
    // The slot takes a whole name or none: not the last word of "Mayi Mayi Kifuafua".
    [InlineData("On Monday, Mayi Mayi Kifuafua militia attacked a village.")]
    public void No_group_is_taken_from_words_that_name_none(string text) =>
        Annotate(text).Actors.ShouldNotContain(a => a.Group != null);

    [Fact]
    public void A_country_after_an_origin_preposition_is_where_people_came_from()
    {
        Annotate("Workers who came back from the Philippines protested.").Countries.ShouldContain(c => c.Iso2 == "PH" && c.IsOrigin);
        Annotate("Soldiers of Turkey shelled a village.").Countries.ShouldContain(c => c.Iso2 == "TR" && !c.IsOrigin);
    }

    [Fact]
    public void A_possessive_before_an_actor_gives_it_the_country_last_named()
    {
        var doc = Annotate("Chad said a detachment of its soldiers came under fire near the border.");
        doc.Actors.ShouldContain(a => a.CountryCode == "TD");
    }

    [Fact]
    public void A_preposition_after_an_actor_gives_it_the_country_named_next()
    {
        Annotate("Soldiers from Mali crossed the border on Monday.").Actors.ShouldContain(a => a.CountryCode == "ML");
    }
}
