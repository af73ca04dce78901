using System.Text.Json;
using Shouldly;
using Xunit;

namespace Sitrep.Tests.Cli;

/// <summary><c>extract --trace</c> and <c>explain</c>: the named rules behind each event's fields.</summary>
public sealed class TraceCommandTests
{
    [Fact]
    public void Extract_with_trace_adds_the_rules_that_fired_and_without_it_leaves_them_out()
    {
        var seed = TestResources.TestData("sevare-2018-06-29.txt");
        var plain = CliRunner.Run("extract", seed, "--published", "2018-06-29", "--format", "jsonl");
        plain.ExitCode.ShouldBe(0, plain.Stderr);
        plain.Stdout.ShouldNotContain("\"rules\"");

        var traced = CliRunner.Run("extract", seed, "--published", "2018-06-29", "--format", "jsonl", "--trace");
        traced.ExitCode.ShouldBe(0, traced.Stderr);
        var first = JsonDocument.Parse(traced.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]).RootElement;
        var rules = first.GetProperty("rules").EnumerateArray().ToList();
        var type = rules.First(r => r.GetProperty("field").GetString() == "sub_event_type");
        type.GetProperty("rule").GetString().ShouldBe("strongest-trigger");
        type.GetProperty("value").GetString().ShouldBe("Suicide bomb");
        type.GetProperty("text").GetString().ShouldBe("suicide bombing");
        rules.Select(r => r.GetProperty("field").GetString()).ShouldContain("fatalities");
    }

    [Fact]
    public void Explain_prints_each_events_rules_in_the_order_they_fired()
    {
        var r = CliRunner.Run("explain", TestResources.TestData("sevare-2018-06-29.txt"), "--published", "2018-06-29");
        r.ExitCode.ShouldBe(0, r.Stderr);
        var lines = r.Stdout.Split('\n');
        int evt = Array.FindIndex(lines, l => l.StartsWith("=> ") && l.Contains("Suicide bomb"));
        evt.ShouldBeGreaterThanOrEqualTo(0, r.Stdout);
        lines[evt + 1].Trim().ShouldStartWith("sub_event_type: strongest-trigger -> Suicide bomb, 'suicide bombing' ");
        lines.Skip(evt + 1).TakeWhile(l => l.StartsWith("    ")).ShouldContain(l => l.Trim().StartsWith("fatalities: "));
    }
}
