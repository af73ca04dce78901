using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>Events and actors as news tells them, in words of the project's own.</summary>
public class NewsLanguageTests
{
    [Fact]
    public void A_base_captured_is_told_as_territory_taken_by_its_named_captor()
    {
        var doc = Annotate("The MNDAA said on Wednesday that its fighters had captured the headquarters of a military command in the hills.", "2024-08-08");
        doc.Triggers.ShouldContain(t => t.Entry.SubEventType == "Non-state actor overtakes territory");
        doc.Actors.ShouldContain(a => a.Entries.Any(e => e.Actor == "MNDAA: Myanmar National Democratic Alliance Army"));
    }

    [Fact]
    public void The_armed_wing_of_a_movement_is_named_as_ACLED_names_it() =>
        Main("Gunmen of the Amal Movement clashed with rival fighters in a Beirut suburb on Thursday.", "2021-10-15")
            .Actor1.ShouldBe("Amal Movement");
}
