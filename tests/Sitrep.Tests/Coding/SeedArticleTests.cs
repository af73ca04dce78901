using Shouldly;
using Sitrep.Documents;
using Sitrep.Events;
using Xunit;

namespace Sitrep.Tests.Coding;

/// <summary>The Reuters story Sitrep started from: exactly its two events, every scored field right.</summary>
public class SeedArticleTests
{
    private static IReadOnlyList<CodedEvent> CodeSeed()
    {
        var text = File.ReadAllText(TestResources.TestData("sevare-2018-06-29.txt"));
        return TestResources.Coder.Code(new Document("sevare-2018-06-29", text, new DateOnly(2018, 6, 29), Source: "Reuters"));
    }

    [Fact]
    public void Codes_exactly_two_events_with_the_bombing_first()
    {
        var events = CodeSeed();
        events.Count.ShouldBe(2);
        events[0].SubEventType.ShouldBe("Suicide bomb");
        events[1].SubEventType.ShouldBe("Armed clash");
    }

    [Fact]
    public void Codes_the_suicide_car_bomb_in_Sevare_on_Friday()
    {
        var e = CodeSeed()[0];
        e.EventDate.ShouldBe(new DateOnly(2018, 6, 29));
        e.TimePrecision.ShouldBe(TimePrecision.Day);
        e.EventType.ShouldBe("Explosions/Remote violence");
        e.Actor1.ShouldBe("JNIM: Group for Support of Islam and Muslims");
        e.Actor2.ShouldBeOneOf("G5 Sahel Joint Force", "Military Forces of Mali (2013-2020)");
        e.Country.ShouldBe("Mali");
        e.Admin1.ShouldBe("Mopti");
        e.Location.ShouldBe("Sevare");
        e.GeoPrecision.ShouldBe(GeoPrecision.Town);
        Sitrep.Gazetteer.Geo.Km(e.Latitude!.Value, e.Longitude!.Value, 14.53, -4.09).ShouldBeLessThan(25);
        e.Fatalities.ShouldBe(6);
    }

    [Fact]
    public void Codes_the_clash_of_June_22_at_country_level()
    {
        var e = CodeSeed()[1];
        e.EventDate.ShouldBe(new DateOnly(2018, 6, 22));
        e.EventType.ShouldBe("Battles");
        e.Actor1.ShouldBeOneOf("Military Forces of France (2017-)", "Military Forces of Mali (2013-2020)");
        e.Actor2.ShouldBeOneOf("Unidentified Armed Group (Mali)", "Islamist Militia (Mali)", "JNIM: Group for Support of Islam and Muslims");
        e.Country.ShouldBe("Mali");
        e.Admin1.ShouldBe("");
        e.GeoPrecision.ShouldBe(GeoPrecision.Region);
        e.Fatalities.ShouldBe(15);
    }

    [Fact]
    public void Every_evidence_span_indexes_the_text_as_stored()
    {
        var text = File.ReadAllText(TestResources.TestData("sevare-2018-06-29.txt"));
        foreach (var e in CodeSeed())
            foreach (var ev in e.Evidence)
                text[ev.Start..ev.End].ShouldBe(ev.Text);
    }

    [Fact]
    public void Fatality_evidence_rests_on_the_sentences_that_count_the_dead()
    {
        var e = CodeSeed()[0];
        e.Evidence.Where(x => x.Field == "fatalities").Select(x => x.Text)
            .ShouldContain(t => t.Contains("at least six people dead"));
        var clash = CodeSeed()[1];
        clash.Evidence.Where(x => x.Field == "fatalities").Select(x => x.Text)
            .ShouldContain(t => t.Contains("around 15 assailants were killed"));
    }
}
