using Shouldly;
using Sitrep.Dedup;
using Sitrep.Events;
using Sitrep.Resources;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Dedup;

public sealed class EventMergerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-tolls-").FullName;

    private static readonly CodedEvent Attack = Main("Gunmen killed several villagers in Sevare on Tuesday.", "2022-03-08");

    /// <summary>A report of the attack, published on <paramref name="day"/> of March 2022, counting <paramref name="dead"/> (up to <paramref name="high"/>).</summary>
    private static CodedEvent Told(string id, int day, int dead, int? high = null) => Attack with
    {
        DocId = id, Fatalities = dead, FatalitiesLow = dead, FatalitiesHigh = high ?? dead,
        Sources = [new SourceRef(id, id, null, new DateOnly(2022, 3, day))],
    };

    [Fact]
    public void A_later_report_revising_the_toll_gives_the_figure_and_the_range_keeps_every_count()
    {
        var merged = EventMerger.Merge("e", [Told("first", 8, 8), Told("later", 9, 14, high: 19)], []);
        merged.Fatalities.ShouldBe(14);
        merged.FatalitiesLow.ShouldBe(8);
        merged.FatalitiesHigh.ShouldBe(19);
    }

    [Fact]
    public void Outlets_of_one_day_keep_the_most_conservative_figure_and_a_report_without_a_toll_gives_none()
    {
        var merged = EventMerger.Merge("e", [Told("wire", 9, 12), Told("local", 9, 9), Told("radio", 10, 0)], []);
        merged.Fatalities.ShouldBe(9);
        merged.FatalitiesLow.ShouldBe(9);
        merged.FatalitiesHigh.ShouldBe(12);
    }

    [Fact]
    public void The_rules_are_data_and_a_folder_without_them_keeps_the_lowest_figure()
    {
        var reports = new[] { Told("first", 8, 8), Told("later", 9, 14) };
        EventMerger.Merge("e", reports, [], MergeTollRules.Load(_dir)).Fatalities.ShouldBe(8);
        Directory.CreateDirectory(Path.Combine(_dir, "acled"));
        File.WriteAllLines(Path.Combine(_dir, MergeTollRules.FileName), ["# a comment", "fatalities\thighest-of-all\twhy"]);
        EventMerger.Merge("e", reports, [], MergeTollRules.Load(_dir)).Fatalities.ShouldBe(14);
        File.WriteAllLines(Path.Combine(_dir, MergeTollRules.FileName), ["fatalities\tlowest-of-all\twhy", "fatalities_best\tlowest-of-all\twhy"]);
        Should.Throw<ResourceFormatException>(() => MergeTollRules.Load(_dir)).Message.ShouldContain("unknown field 'fatalities_best'");
        File.WriteAllLines(Path.Combine(_dir, MergeTollRules.FileName), ["fatalities\tmedian\twhy"]);
        var error = Should.Throw<ResourceFormatException>(() => MergeTollRules.Load(_dir));
        error.Message.ShouldContain(":1");
        error.Message.ShouldContain("unknown rule 'median'");
    }

    [Fact]
    public void The_shipped_rules_take_the_latest_conservative_figure_within_the_range_of_all() =>
        MergeTollRules.Default.ShouldBe(new MergeTollRules(TollPick.LowestOfLatest, TollPick.LowestOfAll, TollPick.HighestOfAll));

    public void Dispose() => Directory.Delete(_dir, true);
}
