using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

public class RoundUpTests
{
    private const string RoundUp =
        "Gunmen killed at least 20 people in attacks across northern Nigeria at the weekend, officials said. " +
        "In Katsina State, armed men attacked a village on Saturday, killing 12 people. " +
        "Gunmen also killed eight farmers in Kebbi State on Saturday, police said. " +
        "A Katsina police spokesman confirmed the attack and said the gunmen fled on motorcycles.";

    [Fact]
    public void A_round_up_yields_one_event_per_region()
    {
        var events = Code(RoundUp, "2023-06-05");
        events.Select(e => e.Admin1).ShouldBe(["Katsina", "Kebbi"]);
    }

    [Fact]
    public void A_later_sentence_about_a_region_already_told_adds_to_its_event()
    {
        var events = Code(RoundUp, "2023-06-05");
        events.Count.ShouldBe(2);
        events[1].Fatalities.ShouldBe(8);
    }

    [Fact]
    public void One_event_told_with_its_town_and_region_stays_one()
    {
        Code("Gunmen attacked a village near Funtua on Saturday, killing five people. Katsina State police said the attackers fled.", "2023-06-05")
            .Count.ShouldBe(1);
    }
}
