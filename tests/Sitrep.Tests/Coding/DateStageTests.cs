using Shouldly;
using Sitrep.Events;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

public class DateStageTests
{
    [Theory]
    [InlineData("Gunmen attacked a village on Friday.", "2018-06-29", "2018-06-29", 1)] // published on a Friday
    [InlineData("Gunmen attacked a village on Thursday.", "2018-06-29", "2018-06-28", 1)]
    [InlineData("Gunmen attacked a village on Sunday.", "2018-06-29", "2018-06-24", 1)]
    [InlineData("Gunmen attacked a village last Friday.", "2018-06-29", "2018-06-22", 1)]
    [InlineData("Gunmen attacked a village yesterday.", "2020-03-01", "2020-02-29", 1)]
    [InlineData("Gunmen attacked a village last week.", "2020-05-08", "2020-05-01", 2)]
    [InlineData("Gunmen attacked a village last month.", "2020-05-08", "2020-04-15", 3)]
    [InlineData("Gunmen attacked a village in March.", "2020-05-08", "2020-03-15", 3)]
    [InlineData("Gunmen attacked a village on June 22.", "2018-06-29", "2018-06-22", 1)]
    [InlineData("Gunmen attacked a village on 22 June 2017.", "2018-06-29", "2017-06-22", 1)]
    [InlineData("Gunmen attacked a village on December 30.", "2021-01-04", "2020-12-30", 1)] // last year's December
    [InlineData("Gunmen attacked a village on 2019-11-02.", "2020-05-08", "2019-11-02", 1)]
    [InlineData("Gunmen attacked a village in May 2019.", "2020-05-08", "2019-05-15", 3)]
    public void Resolves_dates_against_the_publication_date(string text, string published, string expected, int precision)
    {
        var e = Main(text, published);
        e.EventDate.ShouldBe(DateOnly.Parse(expected));
        ((int)e.TimePrecision).ShouldBe(precision);
    }

    [Fact]
    public void Without_a_publication_date_relative_dates_stay_unresolved()
    {
        var e = Main("Gunmen attacked a village on Friday.", published: null);
        e.EventDate.ShouldBeNull();
        e.TimePrecision.ShouldBe(TimePrecision.Month);
    }

    [Fact]
    public void Without_a_publication_date_an_explicit_full_date_still_counts()
    {
        Main("On 9 May 2020, gunmen attacked a village.", published: null).EventDate.ShouldBe(new DateOnly(2020, 5, 9));
    }

    [Fact]
    public void The_day_a_report_was_published_is_not_the_day_of_the_event()
    {
        var e = Main("The ministry said in a report on Thursday that soldiers clashed with militants on June 22.", "2018-06-29");
        e.EventDate.ShouldBe(new DateOnly(2018, 6, 22));
    }

    [Fact]
    public void A_sentence_opened_by_as_reported_dates_the_event_not_the_report()
    {
        // report-opener in word-classes.tsv: the report cue "reported" would make it a report date.
        Annotate("As reported on 3 May, gunmen attacked a village.", "2020-05-08").Dates.ShouldContain(d => d.Date == new DateOnly(2020, 5, 3) && d.TellsWhen);
        Annotate("Police reported on 3 May that gunmen attacked a village.", "2020-05-08").Dates.ShouldContain(d => d.Date == new DateOnly(2020, 5, 3) && d.IsReportDate);
    }

    [Fact]
    public void May_the_verb_is_not_a_month()
    {
        Annotate("Protesters may march again, police said.").Dates.ShouldBeEmpty();
    }
    [Fact]
    public void A_month_after_last_or_since_is_a_date_not_a_march()
    {
        var doc = Annotate("Prices have risen by a fifth since last March.", "2020-05-08");
        doc.Triggers.ShouldBeEmpty();
        doc.Dates.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2020, 3, 15));
    }

    [Fact]
    public void A_date_after_since_starts_a_period_and_is_not_the_event_date()
    {
        var e = Main("Fighting around the town, under way since early March, killed two soldiers on Friday.", "2020-05-08");
        e.EventDate.ShouldBe(new DateOnly(2020, 5, 8));
    }

    [Fact]
    public void A_sentence_that_dates_what_it_tells_weeks_before_publication_is_history()
    {
        var events = Code("Gunmen killed four villagers in the district on Tuesday. The war began in April 2019, when rebels attacked the capital.", "2020-05-08");
        events.ShouldHaveSingleItem().EventDate.ShouldBe(new DateOnly(2020, 5, 5));
    }
}
