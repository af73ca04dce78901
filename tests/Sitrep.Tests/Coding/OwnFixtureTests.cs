using System.Text.Json;
using Shouldly;
using Sitrep.Documents;
using Sitrep.Events;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// The project's own snippets and articles (TestData/own, written for these tests in the styles of many outlets and
/// regions, each with what ACLED would code): the coder must carry over to news it was not tuned on.
/// <c>scripts/own-fixtures.py</c> scores every field of them; these tests hold the floors.
/// </summary>
public class OwnFixtureTests
{
    private sealed record Item(Document Document, string? SubEventType);

    private static List<Item> Read(string file, bool dropDate = false)
    {
        var items = new List<Item>();
        int n = 0;
        foreach (var line in File.ReadLines(TestResources.TestData(Path.Combine("own", file))))
        {
            n++;
            var doc = JsonlDocumentParser.Parse(line, file, n, ReadOptions.Default).Document.ShouldNotBeNull();
            using var json = JsonDocument.Parse(line);
            string? type = json.RootElement.TryGetProperty("expect", out var e) ? e.GetProperty("sub_event_type").GetString() : null;
            items.Add(new Item(dropDate ? doc with { Published = null } : doc, type));
        }
        return items;
    }

    private static double ShareTyped(List<Item> items) =>
        items.Count(i => TestResources.Coder.Code(i.Document) is [var first, ..] && $"{first.SubEventType}" == i.SubEventType) / (double)items.Count;

    [Fact]
    public void Snippets_keep_their_sub_event_type() => ShareTyped(Read("snippets.jsonl")).ShouldBeGreaterThanOrEqualTo(0.95);

    [Fact]
    public void Snippets_with_no_date_still_yield_their_event_and_type()
    {
        var items = Read("snippets.jsonl", dropDate: true);
        items.ShouldAllBe(i => TestResources.Coder.Code(i.Document).Count > 0);
        ShareTyped(items).ShouldBeGreaterThanOrEqualTo(0.95);
    }

    [Theory]
    [InlineData("Government jets bombed a market in the north of the country on Friday, killing nine people.")]
    [InlineData("Drones attacked a fuel depot near the border overnight, officials said.")]
    [InlineData("Insurgents hit the army barracks with drones loaded with explosives on Sunday.")]
    public void Aircraft_and_drones_that_bomb_or_attack_are_an_air_or_drone_strike(string text) =>
        Main(text, "2024-02-10").SubEventType.ShouldBe("Air/drone strike");

    [Fact]
    public void Drones_shot_down_stay_disrupted_weapons() =>
        Main("Air defences shot down four drones over the capital on Saturday.", "2024-02-10").SubEventType.ShouldBe("Disrupted weapons use");

    [Fact]
    public void A_side_leaving_a_town_without_a_fight_hands_it_over() =>
        Main("Rebels pulled out of the town of Oba without a fight on Monday, residents said.", "2024-02-10")
            .SubEventType.ShouldBe("Non-violent transfer of territory");

    [Fact]
    public void Armed_groups_forming_an_alliance_change_their_activity() =>
        Main("Three militias in the east formed an alliance against the government on Friday.", "2024-02-10")
            .SubEventType.ShouldBe("Change to group/activity");

    [Fact]
    public void A_french_attribution_after_the_clause_names_the_source_not_a_side()
    {
        var e = TestResources.Coder.Code(new Document("t", "Des hommes armés ont enlevé trois commerçants près de Kidal, a déclaré la gendarmerie.", new DateOnly(2024, 2, 10)) { Language = "fr" })[0];
        e.SubEventType.ShouldBe("Abduction/forced disappearance");
        e.Actor2.ShouldNotStartWith("Military Forces");
    }

    [Fact]
    public void A_country_named_as_the_subject_that_fires_is_whose_forces_acted_not_where()
    {
        var e = Main("Russia shelled Kherson overnight, killing two civilians, the regional governor said.", "2023-11-04");
        e.Country.ShouldBe("Ukraine");
        e.Actor1.ShouldBe("Military Forces of Russia (2000-)");
    }

    [Fact]
    public void A_country_whose_region_is_struck_is_still_where() =>
        Main("Drones struck an oil depot in Russia's Belgorod region on Tuesday, the governor said.", "2024-03-13").Country.ShouldBe("Russia");

    [Fact]
    public void A_group_that_reports_its_own_act_is_its_doer()
    {
        var e = Main("The Arakan Army said on Friday it had overrun an army base in Rakhine State.", "2024-03-02");
        e.Actor1.ShouldBe("AA: Arakan Army");
        e.SubEventType.ShouldBe("Non-state actor overtakes territory");
    }

    [Fact]
    public void A_source_that_reports_another_act_stays_out_of_it() =>
        Main("Gunmen killed three farmers near Jos on Monday, police said.", "2024-03-05").Actor2.ShouldBe("Civilians (Nigeria)");

    [Theory]
    [InlineData("The central bank raised its key rate again on Thursday as it battles stubborn inflation.")]
    [InlineData("Firefighters battled the blaze for six hours before it was brought under control.")]
    public void What_a_bank_or_firefighters_battle_is_no_fight(string text) => Code(text, "2024-03-08").ShouldBeEmpty();

    [Theory]
    [InlineData("A shell landed on a market in the town on Sunday, killing four people.", "Shelling/artillery/missile attack")]
    [InlineData("A bus ran over a mine on the road to the border on Sunday, killing five passengers.", "Remote explosive/landmine/IED")]
    [InlineData("A bomber wearing an explosive vest blew up at a checkpoint on Sunday.", "Suicide bomb")]
    [InlineData("Soldiers and rebels exchanged heavy gunfire near the camp on Sunday.", "Armed clash")]
    [InlineData("The militia set up a new headquarters in the hills on Sunday, residents said.", "Headquarters or base established")]
    [InlineData("The rebels handed over the town to the army on Sunday under the peace deal.", "Non-violent transfer of territory")]
    public void Weapons_and_moves_told_in_news_words_keep_their_type(string text, string type) =>
        Main(text, "2024-03-11").SubEventType.ShouldBe(type);
}
