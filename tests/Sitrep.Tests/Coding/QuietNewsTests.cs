using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

public class QuietNewsTests
{
    [Fact]
    public void A_sport_report_is_no_event()
    {
        Code("The visitors beat the hosts 3-1 in the final on Sunday. Their striker scored twice before half time, and the coach praised a tournament of hard work.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Fans_killed_after_a_match_are_still_an_event()
    {
        Code("Fans attacked a bus after the final on Sunday, killing two people. The home side had scored late to win the tournament.")
            .ShouldNotBeEmpty();
    }

    [Fact]
    public void An_explosion_told_with_its_accidental_cause_is_no_event()
    {
        Code("A huge explosion rocked the harbour on Tuesday, killing 40 people. Officials said ammonium nitrate stored for years had caught fire, after a fire that broke out in a depot.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void An_explosion_with_a_named_doer_stays_an_event_beside_an_accident_word()
    {
        Code("Militants claimed responsibility for an explosion that killed 40 people at the harbour on Tuesday. Officials said ammonium nitrate stored nearby worsened the fire, after a fire that broke out in a depot.")
            .ShouldNotBeEmpty();
    }

    [Fact]
    public void A_fight_against_inflation_is_policy_not_a_battle() =>
        Code("The central bank raised its rate again on Monday to fight inflation, which has run above 9% since last March.").ShouldBeEmpty();

    [Theory]
    // An attempt prevented, nobody hurt: what was thwarted or foiled is no violence the sentence tells.
    [InlineData("Prosecutors tried again to question the minister on Tuesday. A first attempt on March 2 was thwarted by his bodyguards.")]
    [InlineData("Customs officers said on Tuesday they had foiled a scheme to export gold without a licence.")]
    public void An_attempt_thwarted_with_no_violence_told_is_no_event(string text) => Code(text).ShouldBeEmpty();

    [Fact]
    public void A_french_attempt_thwarted_with_no_violence_told_is_no_event() =>
        TestResources.Coder.Code(new Sitrep.Documents.Document("fr", "Les enquêteurs ont de nouveau tenté mardi d'entendre le ministre. Une première tentative, le 2 mars, avait été déjouée par sa garde.", DateOnly.Parse("2024-03-15"), Language: "fr"))
            .ShouldBeEmpty();

    [Fact]
    public void A_war_s_toll_so_far_is_background_and_its_place_not_the_event_s()
    {
        var e = Code("Gunmen attacked the village of Kareri in Kaduna state on Wednesday, killing 12 people. The conflict has claimed tens of thousands of lives, including thousands in a single Borno town.", "2024-06-06")
            .ShouldHaveSingleItem();
        e.Admin1.ShouldBe("Kaduna");
    }
}
