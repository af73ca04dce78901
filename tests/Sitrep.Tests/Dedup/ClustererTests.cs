using Shouldly;
using Sitrep.Dedup;
using Xunit;
using static Sitrep.Tests.Dedup.ReportMatcherTests;

namespace Sitrep.Tests.Dedup;

public class ClustererTests
{
    private static readonly ReportFeatures Wire = Report("wire", "Gunmen killed 12 civilians in Sevare on Tuesday during an attack on the market led by Hamadoun Kassa.", "2022-03-08");
    private static readonly ReportFeatures Local = Report("local", "Twelve villagers were shot dead in Sevare on Tuesday when gunmen loyal to Hamadoun Kassa stormed the market.", "2022-03-09");
    private static readonly ReportFeatures Protest = Report("protest", "Teachers protested in Bamako on Tuesday to demand unpaid salaries.", "2022-03-08");

    [Fact]
    public void Reports_of_one_event_join_and_others_stay_apart()
    {
        var clusters = Clusterer.Group([Wire, Local, Protest]);
        clusters.Select(c => c.Members).ShouldBe([[0, 1], [2]]);
        clusters[0].Reasons.ShouldHaveSingleItem().ShouldStartWith("wire ~ local: same day");
    }

    [Fact]
    public void An_analysts_split_and_merge_outweigh_the_matcher()
    {
        long[] keys = [10, 11, 12];
        var split = Clusterer.Group([Wire, Local, Protest], keys, [AnalystLink.Of(11, 10, same: false)]);
        split.Count.ShouldBe(3);
        var merged = Clusterer.Group([Wire, Local, Protest], keys, [AnalystLink.Of(12, 10, same: true), AnalystLink.Of(12, 11, same: true)]);
        merged.ShouldHaveSingleItem().Members.ShouldBe([0, 1, 2]);
        merged[0].Reasons.ShouldContain(r => r.Contains("merged by an analyst"));
    }

    [Fact]
    public void Two_events_of_one_document_never_merge()
    {
        var again = Local with { DocId = "wire" };
        Clusterer.Group([Wire, again]).Count.ShouldBe(2);
    }
}
