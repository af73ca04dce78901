using Shouldly;
using Sitrep.Dedup;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Dedup;

public class ReportMatcherTests
{
    [Fact]
    public void The_same_attack_told_a_day_later_near_the_same_town_matches()
    {
        var a = Main("Suspected jihadists killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        var b = Main("Gunmen shot dead 14 villagers in Sevare on Tuesday.", "2022-03-09");
        var v = ReportMatcher.Compare(a, b);
        v.Same.ShouldBeTrue(v.Reason);
        v.Reason.ShouldContain("same day");
    }

    [Fact]
    public void Different_days_places_or_named_groups_do_not_match()
    {
        var a = Main("Gunmen killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        ReportMatcher.Compare(a, Main("Gunmen killed 12 civilians near Mopti on Tuesday.", "2022-03-16")).Same.ShouldBeFalse();
        ReportMatcher.Compare(a, Main("Gunmen killed 12 civilians near Gao on Tuesday.", "2022-03-08")).Reason.ShouldContain("km apart");
        var jnim = Main("JNIM fighters killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        var isgs = Main("Islamic State fighters killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        ReportMatcher.Compare(jnim, isgs).Reason.ShouldContain("different perpetrators");
        ReportMatcher.Compare(a, Main("Protesters marched in Mopti on Tuesday.", "2022-03-08")).Same.ShouldBeFalse();
    }
}
