using Shouldly;
using Sitrep.Dedup;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Dedup;

public class ReportMatcherTests
{
    internal static ReportFeatures Report(string id, string text, string published) => ReportFeatures.Of(Main(text, published) with { DocId = id }, text);

    [Fact]
    public void The_same_attack_told_by_two_outlets_matches_and_the_reason_weighs_each_piece()
    {
        var a = Report("a", "Gunmen killed 12 civilians in Sevare on Tuesday during an attack on the Wednesday market led by a commander named Hamadoun Kassa.", "2022-03-08");
        var b = Report("b", "Twelve villagers were shot dead in Sevare on Tuesday when gunmen loyal to Hamadoun Kassa stormed the market.", "2022-03-09");
        var v = ReportMatcher.Compare(a, b);
        v.Same.ShouldBeTrue(v.Reason);
        v.Reason.ShouldContain("same day 2022-03-08 (+2)");
        v.Reason.ShouldContain("same place (Sevare) (+2)");
        v.Reason.ShouldContain("kassa");
    }

    [Fact]
    public void Different_days_places_or_named_groups_do_not_match()
    {
        var a = Report("a", "Gunmen killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        ReportMatcher.Compare(a, Report("b", "Gunmen killed 12 civilians near Mopti on Tuesday.", "2022-03-16")).Same.ShouldBeFalse();
        ReportMatcher.Compare(a, Report("c", "Gunmen killed 12 civilians near Gao on Tuesday.", "2022-03-08")).Reason.ShouldContain("km apart");
        var jnim = Report("d", "JNIM fighters killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        var isgs = Report("e", "Islamic State fighters killed 12 civilians near Mopti on Tuesday.", "2022-03-08");
        ReportMatcher.Compare(jnim, isgs).Reason.ShouldContain("different perpetrators");
        ReportMatcher.Compare(a, Report("f", "Protesters marched in Mopti on Tuesday.", "2022-03-08")).Same.ShouldBeFalse();
    }

    [Fact]
    public void Two_protests_in_one_city_on_one_day_that_share_nothing_but_the_coded_fields_stay_apart()
    {
        var drivers = Report("a", "On Tuesday, taxi drivers protested in Bamako against the price of fuel.", "2022-03-08");
        var teachers = Report("b", "On Tuesday, teachers protested in Bamako to demand unpaid salaries.", "2022-03-08");
        var v = ReportMatcher.Compare(drivers, teachers);
        v.Reason.ShouldContain("same place (Bamako)");
        v.Same.ShouldBeFalse(v.Reason);
    }

    [Fact]
    public void Two_reports_that_each_name_another_village_beside_the_town_tell_two_places()
    {
        var a = Report("a", "Soldiers shelled positions at Kourouma village near Mopti on Tuesday, killing 3 fighters of JNIM.", "2022-03-08");
        var b = Report("b", "Soldiers shelled positions at Dialloube village near Mopti on Tuesday, killing 3 fighters of JNIM.", "2022-03-08");
        var v = ReportMatcher.Compare(a, b);
        v.Reason.ShouldContain("each names a place the other does not");
        v.Same.ShouldBeFalse(v.Reason);
    }
}
