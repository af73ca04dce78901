using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

public class TriggerStageTests
{
    [Theory]
    [InlineData("Gunmen killed two farmers. The attack took place near Gao.", true)]
    [InlineData("Gunmen killed two farmers. Residents said this attack was the third.", true)]
    [InlineData("Gunmen carried out an attack near Gao on Monday.", false)]
    public void A_trigger_noun_after_a_determiner_may_point_back(string text, bool anaphoric)
    {
        var doc = Annotate(text);
        doc.Triggers.Where(t => doc.Document.Slice(t.Span) == "attack").ShouldAllBe(t => t.IsAnaphoric == anaphoric);
        doc.Triggers.ShouldContain(t => doc.Document.Slice(t.Span) == "attack");
    }
}
