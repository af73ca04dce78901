using System.Text.Json;
using Shouldly;
using Sitrep.Events;
using Xunit;

namespace Sitrep.Tests.Events;

/// <summary>The event's JSON is the wire format: the domain's types go out as ACLED's strings and numbers, and come back.</summary>
public class EventJsonTests
{
    private static readonly CodedEvent Event = new()
    {
        EventId = "doc-1", DocId = "doc", EventDate = new DateOnly(2021, 3, 4), TimePrecision = TimePrecision.Week,
        DisorderType = SubEventType.Attack.DisorderType, EventType = SubEventType.Attack.EventType.Name, SubEventType = SubEventType.Attack.Name,
        Actor1 = "Unidentified Armed Group (Mali)", Inter1 = Inter.PoliticalMilitia, Actor2 = "Civilians (Mali)", Inter2 = Inter.Civilians, Interaction = 37,
        Country = "Mali", Location = "Sevare", Latitude = 14.53, Longitude = -4.09, GeoPrecision = GeoPrecision.NearTown, Fatalities = 2,
    };

    [Fact]
    public void Precisions_are_written_as_acleds_numbers_and_an_event_round_trips()
    {
        var json = JsonSerializer.Serialize(Event, EventJson.Compact);
        json.ShouldContain("\"time_precision\":2,");
        json.ShouldContain("\"geo_precision\":2,");
        json.ShouldContain("\"sub_event_type\":\"Attack\",");
        json.ShouldContain("\"event_type\":\"Violence against civilians\",");
        var back = JsonSerializer.Deserialize<CodedEvent>(json, EventJson.Compact).ShouldNotBeNull();
        (back.TimePrecision, back.GeoPrecision, back.SubEventType, back.Inter1).ShouldBe((TimePrecision.Week, GeoPrecision.NearTown, "Attack", Inter.PoliticalMilitia));
        JsonSerializer.Serialize(back, EventJson.Compact).ShouldBe(json);
    }

    [Fact]
    public void An_event_stored_before_the_precisions_were_types_still_reads()
    {
        var old = JsonSerializer.Serialize(Event, EventJson.Compact).Replace("\"geo_precision\":2", "\"geo_precision\":3");
        JsonSerializer.Deserialize<CodedEvent>(old, EventJson.Compact)!.GeoPrecision.ShouldBe(GeoPrecision.Region);
    }
}
