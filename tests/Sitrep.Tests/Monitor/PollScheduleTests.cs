using Shouldly;
using Sitrep.Monitor;
using Xunit;

namespace Sitrep.Tests.Monitor;

public sealed class PollScheduleTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("1h30m", 5400)]
    [InlineData("1d", 86400)]
    public void Intervals_read_as_numbers_with_units(string text, int seconds)
    {
        PollInterval.TryParse(text, out var t).ShouldBeTrue();
        t.ShouldBe(TimeSpan.FromSeconds(seconds));
        PollInterval.TryParse(PollInterval.Format(t), out var back).ShouldBeTrue();
        back.ShouldBe(t);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0s")]
    [InlineData("15")]
    [InlineData("15 minutes")]
    [InlineData("-5m")]
    public void Other_text_is_no_interval(string text) => PollInterval.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void After_a_success_the_next_poll_comes_after_the_interval_give_or_take_a_tenth()
    {
        var random = new Random(7);
        for (int i = 0; i < 200; i++)
            PollSchedule.Delay(TimeSpan.FromMinutes(10), 0, random).TotalMinutes.ShouldBeInRange(9, 11);
    }

    [Fact]
    public void Failures_in_a_row_double_the_wait_with_jitter_up_to_a_day()
    {
        var random = new Random(7);
        var every = TimeSpan.FromMinutes(10);
        var waits = Enumerable.Range(1, 4).Select(f => PollSchedule.Delay(every, f, random).TotalMinutes).ToList();
        for (int f = 1; f <= 4; f++) waits[f - 1].ShouldBeInRange(10 * Math.Pow(2, f), 15 * Math.Pow(2, f));
        // Different draws for the same failure count: workers that fail together do not retry together.
        Enumerable.Range(0, 20).Select(_ => PollSchedule.Delay(every, 2, random)).Distinct().Count().ShouldBeGreaterThan(1);
        PollSchedule.Delay(TimeSpan.FromHours(4), 30, random).ShouldBeLessThanOrEqualTo(TimeSpan.FromDays(1.5));
    }
}
