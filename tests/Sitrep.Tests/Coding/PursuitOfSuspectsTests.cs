using Shouldly;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Events;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// The state's forces killing or fighting the suspects of an attack no state force took part in tell their pursuit, an event
/// of its own (discourse.tsv: pursuit): ACLED codes the attack and the shoot-out with the attackers apart.
/// </summary>
public class PursuitOfSuspectsTests
{
    private const string Killing =
        "Gunmen shot dead the mayor of Gao outside his house on Sunday, officials said. The attackers fled on motorcycles towards the border. " +
        "Malian soldiers killed two suspects and detained a third in a raid later that day, the army said.";

    [Fact]
    public void Soldiers_killing_the_suspects_of_an_attack_are_another_event()
    {
        var events = Code(Killing, "2024-03-04");
        events.Count.ShouldBe(2);
        events[0].SubEventType.ShouldBe("Attack");
        events[0].Actor1.ShouldBe("Unidentified Armed Group (Mali)");
        events[1].Fatalities.ShouldBe(2);
    }

    [Fact]
    public void The_pursuers_fight_the_hunted_as_an_armed_group()
    {
        var e = Code(Killing, "2024-03-04")[1];
        e.SubEventType.ShouldBe("Armed clash");
        e.Actor1.ShouldStartWith("Military Forces of Mali");
        e.Actor2.ShouldBe("Unidentified Armed Group (Mali)");
    }

    [Fact]
    public void The_trace_names_the_pursuit_and_its_sides()
    {
        var e = new Coder(TestResources.Resources) { Trace = true }.Code(new Document("t", Killing, new DateOnly(2024, 3, 4)))[1];
        var rules = e.Rules!.Select(r => r.Rule).ToList();
        rules.ShouldContain(FrameStage.PursuitRule);
        rules.ShouldContain("pursued-suspects");
    }

    [Fact]
    public void Suspects_killed_by_the_force_that_was_attacked_are_the_same_fight() =>
        Code("Gunmen attacked a police post in Gao on Sunday, officials said. Police killed two suspects in the fighting that followed.", "2024-03-04")
            .ShouldHaveSingleItem().SubEventType.ShouldBe("Armed clash");
}
