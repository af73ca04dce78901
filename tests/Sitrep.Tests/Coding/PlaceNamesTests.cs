using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>Place names as writers join or part their words, and namesakes told apart by the region a sentence names.</summary>
public class PlaceNamesTests
{
    [Theory]
    [InlineData("Gunmen shot dead two men in Petion-Ville on Monday, police said.")]
    [InlineData("Gunmen shot dead two men in Petion Ville on Monday, police said.")]
    public void A_name_written_in_two_words_finds_the_place_written_as_one(string text) =>
        Code(text, "2021-07-08").ShouldHaveSingleItem().Admin1.ShouldBe("Ouest");

    [Fact]
    public void A_region_the_sentence_names_tells_namesakes_apart()
    {
        // GeoNames has a Dowlatabad (also written Dawlat Abad) in Balkh and another in Faryab; the region comes later in the sentence, not as a container.
        var e = Code("On 3 March 2020, Taliban militants attacked a checkpoint near Dawlat Abad market, Faryab.", "2020-03-04")
            .ShouldHaveSingleItem();
        e.Admin1.ShouldBe("Faryab");
    }

    [Theory]
    [InlineData("Paramilitary fighters attacked a village in central al-Jazira state on Wednesday, killing 35 people.")]
    [InlineData("Paramilitary fighters attacked a village in Jazira state on Wednesday, killing 35 people.")]
    public void A_region_is_found_under_its_other_spelling_with_or_without_its_article(string text)
    {
        var e = Code(text, "2024-06-06").ShouldHaveSingleItem();
        e.Country.ShouldBe("Sudan");
        e.Admin1.ShouldBe("Al Jazirah");
    }
}
