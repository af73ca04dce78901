using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>The words PlaceStage reads from the language packs: name particles, name joiners and the words that link a place to its containers.</summary>
public class PlaceNameWordsTests
{
    [Fact]
    public void The_pack_lists_the_particles_and_joiners_of_names_folded()
    {
        var lex = TestResources.Resources.Lexicon;
        lex.NameParticles.ShouldContain("al");
        lex.NameParticles.ShouldContain("upon");
        lex.NameJoiners.ShouldContain("de");
        lex.NameJoiners.ShouldNotContain("al");
    }

    [Fact]
    public void A_french_text_reads_names_with_the_same_particles()
    {
        var fr = TestResources.Resources.In("fr").Lexicon;
        fr.NameParticles.ShouldBe(TestResources.Resources.Lexicon.NameParticles, ignoreOrder: true);
        fr.NameJoiners.ShouldBe(TestResources.Resources.Lexicon.NameJoiners, ignoreOrder: true);
    }

    [Theory]
    // container-link and container-preposition: "in the countryside of" joins a place to the division after it.
    [InlineData("Gunmen attacked Busra in the countryside of Daraa on Monday.", "Busra", "Daraa")]
    // container-kind-word: a kind word between a place and the comma before its division.
    [InlineData("Gunmen attacked Dawlat Abad district center, Balkh, on Monday.", "Dawlat Abad", "Balkh")]
    public void Words_between_a_place_and_its_division_make_it_the_container(string text, string place, string division)
    {
        var doc = Annotate(text);
        var m = doc.Places.Single(p => doc.Document.Slice(p.Span) == place);
        m.Containers.Select(j => doc.Document.Slice(doc.Places[j].Span)).ShouldContain(division);
    }
}
