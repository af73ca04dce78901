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

    /// <summary>Scores for four reports: 0, 1 and 2 match each other at 7; report 3 scores <paramref name="third"/> with 2, 7 and 7.5 with 0 and 1.</summary>
    private static Func<int, int, MatchVerdict> Scores(MatchVerdict third) => (i, j) =>
        (i, j) == (2, 3) ? third : j == 3 ? new MatchVerdict(true, i == 0 ? 7 : 7.5, "scored", 6.5) : new MatchVerdict(true, 7, "scored", 6.5);

    private static readonly ReportFeatures[] Four = [Wire, Local with { DocId = "local" }, Wire with { DocId = "third" }, Local with { DocId = "fourth" }];

    [Fact]
    public void A_report_matching_most_of_an_event_on_average_joins_it_despite_one_weak_pair()
    {
        Clusterer.Group(Four, compare: Scores(new MatchVerdict(false, 6.0, "one name fewer", 6.5)))
            .ShouldHaveSingleItem().Members.ShouldBe([0, 1, 2, 3]);
    }

    [Fact]
    public void A_vetoed_pair_or_a_low_average_keeps_the_report_out()
    {
        Clusterer.Group(Four, compare: Scores(new MatchVerdict(false, double.NegativeInfinity, "different perpetrators")))
            .Select(c => c.Members).ShouldBe([[0, 1, 3], [2]]);
        Clusterer.Group(Four, compare: Scores(new MatchVerdict(false, 4.0, "far apart in all else", 6.5)))
            .Select(c => c.Members).ShouldBe([[0, 1, 3], [2]]);
    }

    [Fact]
    public void A_pair_still_needs_both_its_reports_to_match_a_third()
    {
        var three = Four[..3];
        MatchVerdict Pair(int i, int j) => (i, j) == (1, 2) ? new MatchVerdict(false, 6.0, "weak", 6.5) : new MatchVerdict(true, 8, "strong", 6.5);
        Clusterer.Group(three, compare: Pair).Select(c => c.Members).ShouldBe([[0, 1], [2]]);
    }

    [Fact]
    public void A_report_taken_by_its_closest_match_moves_to_the_event_whose_every_report_it_matches()
    {
        // A fight's report matches the capture's first report best (7), but the capture's three reports all match each
        // other (6.5) and the fight matches neither of the other two: the first report belongs with the capture.
        string[] ids = ["fight", "capture-a", "capture-b", "capture-c"];
        MatchVerdict Verdict(string x, string y) => (x, y) switch
        {
            ("fight", "capture-a") or ("capture-a", "fight") => new MatchVerdict(true, 7, "closest", 6.5),
            _ when x == "fight" || y == "fight" => new MatchVerdict(false, 2, "a day apart", 6.5),
            _ => new MatchVerdict(true, 6.5, "one capture", 6.5),
        };
        foreach (var order in new[] { ids, ["capture-c", "capture-b", "fight", "capture-a"], ["capture-a", "capture-b", "fight", "capture-c"] })
        {
            var reports = order.Select(id => Wire with { DocId = id }).ToList();
            var clusters = Clusterer.Group(reports, compare: (i, j) => Verdict(order[i], order[j]));
            clusters.Select(c => c.Members.Select(m => order[m]).Order().ToList()).OrderBy(c => c.Count).ShouldBe(
                [["fight"], ["capture-a", "capture-b", "capture-c"]]);
            var capture = clusters.Single(c => c.Members.Count == 3);
            capture.Reasons.Count.ShouldBe(2);
            capture.Reasons.ShouldContain(r => r.StartsWith("capture-a ~ ") && r.Contains("fits this event better"));
        }
    }

    [Fact]
    public void A_report_stays_where_its_scores_are_higher_or_the_other_event_does_not_take_it_whole()
    {
        // The first report scores 7 with the fight and 6.5 and 6 (no match) with the other two: it matches the other event
        // only in part, so it stays with the fight.
        MatchVerdict Verdict(int i, int j) => (Math.Min(i, j), Math.Max(i, j)) switch
        {
            (0, 1) => new MatchVerdict(true, 7, "closest", 6.5),
            (1, 2) => new MatchVerdict(true, 6.5, "one capture", 6.5),
            (1, 3) => new MatchVerdict(false, 6, "one name fewer", 6.5),
            (2, 3) => new MatchVerdict(true, 8, "one capture", 6.5),
            _ => new MatchVerdict(false, 2, "a day apart", 6.5),
        };
        Clusterer.Group(Four, compare: Verdict).Select(c => c.Members).ShouldBe([[0, 1], [2, 3]]);
        // Matching the other event whole but with less score in all than with its own, it stays too.
        MatchVerdict Weak(int i, int j) => (Math.Min(i, j), Math.Max(i, j)) == (1, 3) ? new MatchVerdict(true, 6.5, "one capture", 6.5)
            : (Math.Min(i, j), Math.Max(i, j)) == (0, 1) ? new MatchVerdict(true, 14, "closest", 6.5) : Verdict(i, j);
        Clusterer.Group(Four, compare: Weak).Select(c => c.Members).ShouldBe([[0, 1], [2, 3]]);
    }

    [Fact(Timeout = 20_000)]
    public async Task A_report_with_no_better_event_stays_though_its_own_scores_sum_below_zero()
    {
        // Report 0 joins 1 and 5 first (101 each), and the three take 2, 3 and 4 on the strength of 1 and 5, though report 0
        // scores -150 against each of those: its scores within its event sum to -248, and no other event exists for it.
        var six = Enumerable.Range(0, 6).Select(i => Wire with { DocId = $"doc{i}" }).ToList();
        MatchVerdict Verdict(int i, int j) => (Math.Min(i, j), Math.Max(i, j)) switch
        {
            (0, 1) or (0, 5) => new MatchVerdict(true, 101, "closest", 6.5),
            (0, _) => new MatchVerdict(false, -150, "far apart in all else", 6.5),
            _ => new MatchVerdict(true, 100, "one event", 6.5),
        };
        var clusters = await Task.Run(() => Clusterer.Group(six, compare: Verdict), TestContext.Current.CancellationToken);
        clusters.Select(c => c.Members).ShouldBe([[0, 1, 2, 3, 4, 5]]);
        clusters[0].Reasons.ShouldNotContain(r => r.Contains("fits this event better"));
    }
}
