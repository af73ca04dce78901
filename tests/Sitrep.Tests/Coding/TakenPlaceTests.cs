using Shouldly;
using Sitrep.Text;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// A place taken told with a word between the verb and the kind of place ("captured the strategic town"), or by a pronoun
/// ("captured it"); the fighting told as going on at the time of the report; and the side that lost a place a rebel group
/// took, where the text names only foreign troops among the dead.
/// </summary>
public class TakenPlaceTests
{
    [Fact]
    public void A_lone_star_in_a_phrase_is_any_one_word_but_no_mark()
    {
        var m = new PhraseMatcher<string>();
        m.Add("captured the * town", "taken");
        var words = Tokenizer.Tokenize("they captured the strategic town");
        m.MatchAt(words, 1, words.Count).Length.ShouldBe(4);
        var marks = Tokenizer.Tokenize("they captured the , town");
        m.MatchAt(marks, 1, marks.Count).Length.ShouldBe(0);
    }

    [Theory]
    [InlineData("Rebels captured the strategic town of Sake in North Kivu on Friday after heavy fighting.")]
    [InlineData("Rebels seized the eastern city of Bunia on Friday after heavy fighting.")]
    public void A_word_between_the_verb_and_the_place_kind_still_tells_a_place_taken(string text) =>
        Main(text, "2024-05-13").SubEventType.ShouldBe("Non-state actor overtakes territory");

    [Fact]
    public void Fighting_told_as_going_on_is_on_the_day_of_the_report()
    {
        var events = Code("Heavy fighting is raging in Beni, the UN says. ADF rebels had taken control of the nearby town of Oicha on Saturday.", "2024-05-14");
        events.Count.ShouldBe(2);
        events[0].EventDate.ShouldBe(new DateOnly(2024, 5, 14));
        events[1].EventDate.ShouldBe(new DateOnly(2024, 5, 11));
    }

    [Fact]
    public void A_place_rebels_took_was_the_states_though_only_foreign_troops_are_told_dead()
    {
        var events = Code("Fighting is still raging near Sake, a relief group says. The rebels claim they captured it on Friday. Some 20 people have died, including nine Malawian soldiers.", "2024-05-13");
        var e = events.Where(x => x.SubEventType == "Non-state actor overtakes territory").ShouldHaveSingleItem();
        e.Actor2.ShouldStartWith("Military Forces of the Democratic Republic of Congo");
        e.AssocActor2.ShouldBe("Military Forces of Malawi");
    }
    [Theory]
    // A nationality's soldiers told among the dead are victims, wherever the verb after them stands.
    [InlineData("Among the 30 dead were seven Tanzanian soldiers, after the rebels had seized the town of Sake on Saturday.")]
    [InlineData("The rebels seized the town of Sake on Saturday, killing 30 people, among them seven Tanzanian soldiers.")]
    [InlineData("Some 30 people died, including seven Tanzanian soldiers, after the rebels seized the town of Sake on Saturday.")]
    public void Soldiers_of_a_nationality_among_the_dead_are_victims_not_the_doer(string text)
    {
        var e = Code(text, "2024-05-13").Where(x => x.SubEventType == "Non-state actor overtakes territory").ShouldHaveSingleItem();
        e.Actor1.ShouldNotContain("Tanzania");
        e.Actor2.ShouldStartWith("Military Forces of the Democratic Republic of Congo");
    }
}
