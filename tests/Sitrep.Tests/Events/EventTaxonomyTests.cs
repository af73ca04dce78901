using Shouldly;
using Sitrep.Events;
using Xunit;

namespace Sitrep.Tests.Events;

public class EventTaxonomyTests
{
    [Fact]
    public void Has_acleds_25_sub_event_types_in_6_event_types()
    {
        EventTaxonomy.SubEventTypes.Count().ShouldBe(25);
        EventTaxonomy.SubEventTypes.Select(EventTaxonomy.EventTypeOf).Distinct().Count().ShouldBe(6);
    }

    [Theory]
    [InlineData(1, 7, 17)]
    [InlineData(7, 1, 17)]
    [InlineData(6, 0, 60)]
    [InlineData(2, 1, 12)]
    [InlineData(8, 3, 38)]
    public void Interaction_joins_the_inter_codes_lower_first(int a, int b, int expected) =>
        InterCodes.Interaction(a, b).ShouldBe(expected);

    [Fact]
    public void Disorder_type_follows_from_the_sub_event_type()
    {
        EventTaxonomy.DisorderTypeOf("Peaceful protest").ShouldBe("Demonstrations");
        EventTaxonomy.DisorderTypeOf("Armed clash").ShouldBe("Political violence");
        EventTaxonomy.DisorderTypeOf("Arrests").ShouldBe("Strategic developments");
    }
}
