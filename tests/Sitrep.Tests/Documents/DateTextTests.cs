using Shouldly;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Documents;

public class DateTextTests
{
    [Theory]
    [InlineData("2020-05-09")]
    [InlineData("9 May 2020")]
    [InlineData("9-May-20")]
    [InlineData("09 May 2020")]
    [InlineData("9-May-2020")]
    [InlineData("2020/05/09")]
    [InlineData(" 09-May-20 ")]
    [InlineData("2020-05-09T23:30:00Z")]
    [InlineData("2020-05-10T01:30:00+02:00")]
    [InlineData("Sat, 09 May 2020 10:00:00 GMT")]
    public void Reads_every_form_acled_exports_and_feeds_write(string s)
    {
        DateText.TryParse(s, out var d).ShouldBeTrue();
        d.ShouldBe(new DateOnly(2020, 5, 9));
    }

    [Theory]
    [InlineData("05/09/2020")]
    [InlineData("31-12-2020")]
    [InlineData("last week")]
    [InlineData("")]
    [InlineData("2020-02-30")]
    public void Refuses_what_is_no_date_or_could_be_two(string s) => DateText.TryParse(s, out _).ShouldBeFalse();
}
