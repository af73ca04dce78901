using Shouldly;
using Sitrep.Events;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Coding;

public class CountryHintTests
{
    private static Sitrep.Events.CodedEvent Only(string text, string? country) =>
        TestResources.Coder.Code(new Document("t", text, new DateOnly(2021, 3, 5)) { Country = country }).ShouldHaveSingleItem();

    [Fact]
    public void The_source_country_places_an_event_whose_text_names_none()
    {
        var e = Only("Gunmen killed four traders at the market on Monday, residents said.", "ML");
        e.Country.ShouldBe("Mali");
        e.Actor1.ShouldBe("Unidentified Armed Group (Mali)");
        e.GeoPrecision.ShouldBe(GeoPrecision.Region);
    }

    [Fact]
    public void A_country_the_text_names_outweighs_the_hint() =>
        Only("Gunmen killed four traders in Niger on Monday, residents said.", "ML").Country.ShouldBe("Niger");
}
