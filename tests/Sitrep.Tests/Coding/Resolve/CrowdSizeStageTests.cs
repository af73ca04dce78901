using Shouldly;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Coding.Resolve;

/// <summary>ACLED's crowd-size tag: the size a report gives a demonstration's crowd (in ACLED's English wording, whatever the report's language), "no report" when it gives none, nothing for other events.</summary>
public sealed class CrowdSizeStageTests
{
    private static Sitrep.Events.CodedEvent First(string text) =>
        TestResources.Coder.Code(new Document("crowd", text, new DateOnly(2021, 3, 10))).First();

    [Theory]
    [InlineData("Hundreds of teachers marched peacefully in Nairobi on Monday to demand unpaid wages.", "crowd size=hundreds", "Hundreds")]
    [InlineData("About 3,000 protesters rallied in Accra on Saturday against fuel prices.", "crowd size=around 3000", "About 3,000")]
    [InlineData("At least 1,500 students marched in Dakar on Tuesday against the closure of the university.", "crowd size=at least 1500", "At least 1,500")]
    [InlineData("Des centaines de manifestants ont défilé samedi à Niamey contre la vie chère.", "crowd size=hundreds", "Des centaines")]
    [InlineData("Une centaine de femmes ont manifesté lundi à Ouagadougou pour réclamer la libération de leurs maris.", "crowd size=around 100", "Une centaine")]
    [InlineData("Des dizaines de jeunes ont manifesté mardi à Conakry contre les coupures d'électricité.", "crowd size=dozens", "Des dizaines")]
    [InlineData("Environ 2 000 manifestants ont marché samedi à Bamako contre la junte.", "crowd size=around 2000", "Environ 2 000")]
    [InlineData("Plus de 12\u00A0500 personnes ont manifesté dimanche à Dakar contre le report de l'élection.", "crowd size=more than 12500", "Plus de 12\u00A0500")]
    public void A_demonstration_carries_its_size_in_ACLED_English_with_the_span_in_the_report(string text, string tag, string words)
    {
        var e = First(text);
        e.Tags.ShouldBe([tag]);
        var span = e.Evidence.Single(v => v.Field == "tags");
        text[span.Start..span.End].ShouldBe(words);
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
