using Shouldly;
using Sitrep.Coding;
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
}
