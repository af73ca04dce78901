using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>A force that tells the news is its source, not a side of the event (word-classes.tsv, report-verb).</summary>
public class ReportSourceTests
{
    [Theory]
    [InlineData("Two people were killed in a shooting in Jos on Monday, an army source told reporters.")]
    [InlineData("Gunmen attacked a village near Jos on Monday. Army sources said four villagers were killed in the attack.")]
    public void A_force_whose_source_tells_the_news_is_not_the_doer(string text)
    {
        var e = Code(text, "2021-03-10").ShouldHaveSingleItem();
        e.SubEventType.ShouldBe("Attack");
        e.Actor1.ShouldNotStartWith("Military Forces");
        e.Actor2.ShouldBe("Civilians (Nigeria)");
    }
}
