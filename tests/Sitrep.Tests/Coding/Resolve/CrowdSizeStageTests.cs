using Shouldly;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Coding.Resolve;

/// <summary>ACLED's crowd-size tag: the size a report gives a demonstration's crowd, "no report" when it gives none, nothing for other events.</summary>
public sealed class CrowdSizeStageTests
{
    private static Sitrep.Events.CodedEvent First(string text) =>
        TestResources.Coder.Code(new Document("crowd", text, new DateOnly(2021, 3, 10))).First();

    [Theory]
    [InlineData("Hundreds of teachers marched peacefully in Nairobi on Monday to demand unpaid wages.", "crowd size=hundreds")]
    [InlineData("About 3,000 protesters rallied in Accra on Saturday against fuel prices.", "crowd size=about 3,000")]
    [InlineData("Des centaines de manifestants ont défilé samedi à Niamey contre la vie chère.", "crowd size=des centaines")]
    public void A_demonstration_carries_the_size_its_report_gives_with_the_span(string text, string tag)
    {
        var e = First(text);
        e.Tags.ShouldBe([tag]);
        var span = e.Evidence.Single(v => v.Field == "tags");
        text[span.Start..span.End].ToLowerInvariant().ShouldBe(tag["crowd size=".Length..]);
    }

    [Fact]
    public void A_demonstration_whose_report_gives_no_size_is_tagged_no_report() =>
        First("Traders protested in Kano on Monday against new market fees.").Tags.ShouldBe(["crowd size=no report"]);

    [Theory]
    [InlineData("Police fired tear gas at protesters in Lagos on Monday, injuring 12 demonstrators.")]
    [InlineData("Protesters marched in Harare on Monday; police arrested 40 protesters.")]
    public void A_count_of_people_hurt_or_held_is_no_crowd(string text) =>
        First(text).Tags.ShouldBe(["crowd size=no report"]);

    [Fact]
    public void Other_events_carry_no_crowd_size() =>
        First("Soldiers clashed with Al Shabaab fighters in Baidoa on Friday, killing four.").Tags.ShouldBeEmpty();
}
