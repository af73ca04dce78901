using Shouldly;
using Sitrep.Events;
using Sitrep.Dedup;
using Sitrep.Resources;
using Xunit;

namespace Sitrep.Tests.Dedup;

public sealed class DedupRulesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-rules-").FullName;

    [Fact]
    public void The_shipped_rules_load_and_give_the_store_its_window()
    {
        var rules = DedupRules.Load(TestResources.DataDirectory);
        rules.DaysAllowed(TimePrecision.Day).ShouldBe(1);
        rules.DaysAllowed(TimePrecision.Week).ShouldBe(rules.DaysWeek);
        rules.DaysAllowed(TimePrecision.Month).ShouldBe(rules.DaysMonth);
        rules.Threshold.ShouldBeGreaterThan(rules.SameDay + rules.SamePlace);
    }

    [Fact]
    public void A_rule_that_is_not_a_number_is_an_error_naming_its_line()
    {
        var lines = File.ReadAllLines(Path.Combine(TestResources.DataDirectory, DedupRules.FileName));
        int i = Array.FindIndex(lines, l => l.StartsWith("same_day\t", StringComparison.Ordinal));
        lines[i] = "same_day\ttwo\twhy";
        Directory.CreateDirectory(Path.Combine(_dir, "acled"));
        File.WriteAllLines(Path.Combine(_dir, DedupRules.FileName), lines);
        var error = Should.Throw<ResourceFormatException>(() => DedupRules.Load(_dir));
        error.Message.ShouldContain($":{i + 1}");
        error.Message.ShouldContain("'two' is not a number");
    }

    [Fact]
    public void A_once_per_place_sub_event_type_the_taxonomy_does_not_know_is_an_error_naming_its_line()
    {
        DedupRules.Load(TestResources.DataDirectory).OncePerPlaceTypes.ShouldContain("Non-state actor overtakes territory");
        Directory.CreateDirectory(Path.Combine(_dir, "acled"));
        File.Copy(Path.Combine(TestResources.DataDirectory, DedupRules.FileName), Path.Combine(_dir, DedupRules.FileName));
        File.WriteAllLines(Path.Combine(_dir, DedupRules.OnceFileName), ["# a comment", "Town captured\twhy"]);
        var error = Should.Throw<ResourceFormatException>(() => DedupRules.Load(_dir));
        error.Message.ShouldContain(":2");
        error.Message.ShouldContain("unknown sub-event type 'Town captured'");
    }

    public void Dispose() => Directory.Delete(_dir, true);
}
