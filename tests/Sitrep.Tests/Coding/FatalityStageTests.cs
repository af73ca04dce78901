using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

public class FatalityStageTests
{
    [Theory]
    [InlineData("Gunmen killed at least six people in the village.", 6)]
    [InlineData("Around 15 assailants were killed when soldiers clashed with militants.", 15)]
    [InlineData("A spokesman said two soldiers and four assailants died in the attack.", 6)]
    [InlineData("Gunmen killed twenty-five villagers.", 25)]
    [InlineData("Eighteen of the 24 attackers were killed when guards returned fire.", 18)]
    [InlineData("Gunmen attacked the village on Sunday; the death toll rose from 12 to 19, police said.", 19)]
    [InlineData("Dozens of people were killed in the clashes.", 12)]
    [InlineData("Tens of civilians died in the shelling.", 10)]
    [InlineData("Hundreds of people were killed in the massacre.", 100)]
    [InlineData("Gunmen killed a farmer and wounded seven others.", 1)]
    [InlineData("A roadside bomb struck an army truck, wounding five soldiers.", 0)]
    [InlineData("12 Taliban fighters including 2 commanders were killed and 5 were wounded as soldiers beat back their assault.", 12)]
    [InlineData("The death toll from the bombing rose to 31.", 31)]
    [InlineData("Militants attacked a checkpoint. No fatalities were reported.", 0)]
    [InlineData("On 30 April 2020, gunmen shot dead a trader in the market.", 1)]
    [InlineData("Gunmen stormed the village on 24 April and killed three people.", 3)]
    [InlineData("A cadre of the rebel group was killed in an exchange of fire with police.", 1)]
    [InlineData("A gunman stabbed a local journalist to death in the market.", 1)]
    [InlineData("A police officer was shot and killed by gunmen near the station.", 1)]
    [InlineData("Teachers staged a peaceful protest over the killing of a colleague in the town.", 0)]
    [InlineData("Soldiers clashed with militants in three districts; 14 militants were killed. Fatalities are split across 3 events (5).", 5)]
    [InlineData("A policeman was killed or wounded by a sniper near the checkpoint.", 0)]
    [InlineData("Three insurgents were killed, injured or captured in the raid.", 0)]
    [InlineData("A civilian was kidnapped and killed by militants near the village.", 1)]
    [InlineData("Seven soldiers were reportedly killed when rebels repelled their attack.", 7)]
    [InlineData("Between 43 and 52 people were killed when the market was shelled.", 43)]
    [InlineData("A 48-year-old farmer was wounded when a landmine exploded near the village.", 0)]
    [InlineData("Two mobs clashed over a land dispute in the town. 1 killed, 7 injured.", 1)]
    [InlineData("A security guard fatally shot a man at the market.", 1)]
    [InlineData("Two soldiers were killed when militants attacked the post. Seven militants were also killed.", 9)]
    [InlineData("Unknown gunmen killed a tax collector near the market.", 1)]
    [InlineData("Snipers fired at a cyclist crossing the eastern district, killing him.", 1)]
    [InlineData("Gunmen opened fire on a vehicle, killing between 2 to 4 fighters.", 2)]
    [InlineData("Nine fighters were reported killed in the explosion of two IEDs.", 9)]
    [InlineData("A mob killed two suspected thieves at the market. One was burnt alive and the second stoned to death.", 2)]
    [InlineData("Rebels and soldiers clashed on three fronts. Unclear fatalities coded as 10, split between 3 locations.", 4)]
    [InlineData("Rebels repelled the attack. Nine soldiers were reportedly killed. Fatalities split between two events.", 5)]
    [InlineData("Six armed men shot dead a teenage boy in Recife on Thursday.", 1)]
    // The death a riot is about is not the riot's: "after the body of a missing boy was discovered".
    [InlineData("About 500 residents set alight a tavern in Tongaat after the body of a missing boy was discovered near it.", 0)]
    [InlineData("Police shot against the rioters in Baswagha, killing 1 woman and injuring 1 man.", 1)]
    public void Counts_the_dead_by_ACLEDs_rules(string text, int expected)
    {
        Main(text).Fatalities.ShouldBe(expected);
    }

    [Fact]
    public void The_killers_are_not_counted_among_the_dead()
    {
        Main("After a quarrel on Saturday a gendarme shot and killed a taxi driver.").Fatalities.ShouldBe(1);
        Main("On 9 May 2020, three gunmen killed a farmer.").Fatalities.ShouldBe(1);
    }

    [Fact]
    public void Across_sentences_the_same_dead_are_not_counted_twice()
    {
        var e = Main("A suicide bomber killed at least six people at a market on Friday. Two soldiers and four civilians died in the blast, officials said.", "2018-06-29");
        e.Fatalities.ShouldBe(6);
    }
    [Theory]
    [InlineData("Gunmen shot dead Rahim Basharzai in the town on Monday.", 1)]
    [InlineData("Rahim Basharzai, a village elder, was assassinated in the town on Monday.", 1)]
    // The name may be the apposition itself, and the passive may be a perfect's.
    [InlineData("The district chief, Rahim Basharzai, was shot dead in the town on Monday.", 1)]
    [InlineData("The district chief, Rahim Basharzai, has been shot dead in the town.", 1)]
    [InlineData("Rahim Basharzai has been shot dead in the town.", 1)]
    [InlineData("Rahim Basharzai and three guards were killed in the town on Monday.", 3)]
    [InlineData("Gunmen killed Rahim Basharzai in the town on Monday. Four guards were killed with him, police said.", 4)]
    public void One_named_victim_with_no_number_is_one_dead_and_a_written_count_stands(string text, int expected)
    {
        Main(text, "2021-03-01").Fatalities.ShouldBe(expected);
    }
}
