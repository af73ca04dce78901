using Shouldly;
using Sitrep.Dedup;
using Sitrep.Resources;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Dedup;

/// <summary>
/// The wording two reports' event sentences share: the words and numbers peculiar to one event (a minibus, a wedding,
/// 21 wounded) weigh; the words every report of its kind writes (gunmen, attacked, said, security forces) do not.
/// </summary>
public sealed class EventWordsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-eventwords-").FullName;

    private static ReportFeatures Report(string id, string text, string published) => ReportMatcherTests.Report(id, text, published);

    [Fact]
    public void Two_reports_of_one_event_told_in_different_words_merge_by_the_details_they_share()
    {
        var a = Report("a", "A roadside bomb tore through a 14-seat minibus carrying guests to a wedding near Gao on Tuesday, killing nine passengers and wounding 21, a local official said. The army sent a patrol to the area.", "2023-04-12");
        var b = Report("b", "At least 15 people died on Tuesday when an explosive device hit a minibus taking guests to a wedding outside Gao, residents said. The blast also wounded 21 travellers aboard the 14-seat vehicle.", "2023-04-12");
        var v = ReportMatcher.Compare(a, b);
        v.Same.ShouldBeTrue(v.Reason);
        v.Reason.ShouldContain("shared words (14 21 guest minibu seat wedd) (+1.5)");
        // Without the wording, the day, the place and the kind of event are all the two share: no event.
        var blind = ReportMatcher.Compare(a, b, DedupRules.Default with { SharedWord = 0 });
        blind.Same.ShouldBeFalse(blind.Reason);
    }

    [Fact]
    public void Two_events_of_one_day_and_town_told_in_the_same_generic_words_stay_apart()
    {
        var market = Report("a", "Gunmen on motorbikes attacked a cattle market near Gao on Tuesday, killing nine people, a local official said. Security forces were deployed to the area after the attack, residents said.", "2023-04-12");
        var well = Report("b", "At least 15 herders were killed on Tuesday when gunmen on motorbikes attacked a water point near Gao, security sources said. Residents said the attackers fled after the attack and that security forces were deployed.", "2023-04-12");
        foreach (var generic in new[] { "gunmen", "attack", "said", "security", "forc", "resident", "local", "official", "area", "deploy" })
        {
            market.EventWords.ShouldNotContain(generic);
            well.EventWords.ShouldNotContain(generic);
        }
        market.EventWords.ShouldContain("market");
        well.EventWords.ShouldContain("water");
        // One shared detail (the motorbikes) is within what any two reports of a kind share: no weight, no event.
        var v = ReportMatcher.Compare(market, well);
        v.Reason.ShouldNotContain("shared words");
        v.Same.ShouldBeFalse(v.Reason);
    }

    [Fact]
    public void What_two_crowds_share_is_their_cause_and_weighs_nothing()
    {
        var bakers = Report("a", "On Tuesday, hundreds of bakers protested in Bamako against the rising price of flour and the new bread tax, blocking the main road for several hours.", "2023-04-12");
        var shops = Report("b", "On Tuesday, dozens of shopkeepers protested in Bamako over the bread tax and the price of flour, blocking the road near the great mosque.", "2023-04-12");
        var v = ReportMatcher.Compare(bakers, shops);
        v.Reason.ShouldContain("shared words between crowds (");
        v.Reason.ShouldContain("flour");
        v.Reason.ShouldContain(") (0)");
        v.Same.ShouldBeFalse(v.Reason);
        ReportMatcher.Compare(bakers, shops, DedupRules.Default with { SharedWordCrowd = DedupRules.Default.SharedWord }).Score.ShouldBeGreaterThan(v.Score);
    }

    [Fact]
    public void Spanish_and_portuguese_reports_weigh_their_own_details_not_the_words_every_report_writes()
    {
        var market = Report("a", "Hombres armados atacaron el martes un mercado de ganado cerca de Tumaco y mataron a nueve personas, según informó una fuente local. Las fuerzas de seguridad fueron desplegadas en la zona tras el ataque, dijeron los vecinos.", "2023-04-12");
        var well = Report("b", "Al menos quince campesinos murieron el martes cuando hombres armados atacaron un pozo de agua cerca de Tumaco, dijeron fuentes de seguridad. Los vecinos afirmaron que los atacantes huyeron después de los ataques.", "2023-04-12");
        var es = EventWords.Default.For("Hombres armados atacaron el martes un mercado de ganado, según informó una fuente local.")
            .ShouldNotBeNull("Spanish has a list of common words, so weighs wording");
        foreach (var generic in new[] { "dijeron", "fuentes", "seguridad", "vecinos", "ataque", "ataques", "zona", "armados", "atacantes", "informo", "local", "desplegadas", "menos" })
            es.Peculiar(generic).ShouldBeNull(generic);
        // What is left of each report is its own: the cattle market, the water well (and the counts of their tolls).
        string.Join(" ", market.EventWords).ShouldBe("ganad mercad");
        string.Join(" ", well.EventWords).ShouldBe("agu poz");
        // The market and the water point are each event's own; a plural meets its singular.
        market.EventWords.ShouldContain(es.Peculiar("mercado")!);
        market.EventWords.ShouldContain(es.Peculiar("ganado")!);
        well.EventWords.ShouldContain(es.Peculiar("pozo")!);
        es.Peculiar("mercados").ShouldBe(es.Peculiar("mercado"));
        es.Peculiar("autobuses").ShouldBe(es.Peculiar("autobus"));
        // Two attacks of one day and town told in the same generic words stay apart.
        var v = ReportMatcher.Compare(market, well);
        v.Reason.ShouldNotContain("shared words (");
        v.Same.ShouldBeFalse(v.Reason);
        var pt = EventWords.Default.For("Homens armados atacaram uma feira perto da cidade na terça-feira e mataram nove pessoas, segundo moradores e fontes da polícia.")
            .ShouldNotBeNull("Portuguese has a list of common words, so weighs wording");
        foreach (var generic in new[] { "moradores", "policiais", "segundo", "atacaram", "cidade", "fontes" }) pt.Peculiar(generic).ShouldBeNull(generic);
        pt.Peculiar("feiras").ShouldBe(pt.Peculiar("feira"));
        pt.Peculiar("feira").ShouldNotBeNull();
    }

    [Fact]
    public void A_singular_meets_its_plural_and_a_verb_its_forms_in_english_and_french()
    {
        var en = EventWords.Default.For("The bus was hit by a bomb and the driver of the car was wounded in the attack.")!;
        en.Peculiar("buses").ShouldBe(en.Peculiar("bus"));
        en.Peculiar("bus").ShouldBe("bus");
        en.Peculiar("injuries").ShouldBe(en.Peculiar("injury"));
        en.Peculiar("looted").ShouldBe(en.Peculiar("looting"));
        var fr = EventWords.Default.For("Le car a heurté une mine près du village et plusieurs voyageurs ont été blessés, selon une source locale.")!;
        fr.Peculiar("artisanaux").ShouldBe(fr.Peculiar("artisanale"));
        fr.Peculiar("transportait").ShouldBe(fr.Peculiar("transportant"));
        fr.Peculiar("pelerins").ShouldBe(fr.Peculiar("pelerine"));
        // English 'car' (a car bomb's) is a detail; French 'car' (because) is a word of every sentence.
        en.Peculiar("car").ShouldNotBeNull();
        fr.Peculiar("car").ShouldBeNull();
    }

    [Fact]
    public void Common_words_and_a_lexicons_one_word_entries_are_generic_but_a_word_of_a_longer_phrase_is_the_events_own()
    {
        var en = EventWords.Default.For("Gunmen shot at a police post on Tuesday and officers fired back, a spokesman said.")!;
        foreach (var generic in new[] { "said", "killed", "attackers", "fatalities", "yesterday", "overnight", "hospital", "dr" })
            en.Peculiar(generic).ShouldBeNull(generic);
        // 'vehicle' of 'vehicle rigged with explosives' and 'roadside' of 'roadside bomb' code nothing alone.
        foreach (var peculiar in new[] { "vehicle", "roadside", "wedding", "checkpoint", "market", "minibus" })
            en.Peculiar(peculiar).ShouldNotBeNull(peculiar);
    }

    [Fact]
    public void The_numbers_the_event_sentences_write_count_besides_the_toll_and_the_dates()
    {
        var e = Report("a", "On Saturday 11 March, gunmen killed 7 villagers in an attack near Mopti and wounded 3 490 others, including fifteen children, officials said in 2023.", "2023-03-13");
        e.Fatalities.ShouldBe(7);
        e.EventWords.ShouldContain("3490");
        e.EventWords.ShouldContain("15");
        e.EventWords.ShouldNotContain("7");
        e.EventWords.ShouldNotContain("11");
        e.EventWords.ShouldNotContain("2023");
        var fr = Report("b", "Mardi près de Mopti, un car a heurté une mine : il y avait à bord une soixantaine de voyageurs, et 9 personnes ont été tuées.", "2023-03-15");
        fr.EventWords.ShouldContain("60");
    }

    [Fact]
    public void A_language_without_common_words_weighs_no_wording_and_an_ending_that_does_not_shorten_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "acled"));
        Directory.CreateDirectory(Path.Combine(_dir, "en"));
        File.Copy(Path.Combine(TestResources.DataDirectory, DedupRules.FileName), Path.Combine(_dir, DedupRules.FileName));
        File.Copy(Path.Combine(TestResources.DataDirectory, "en", "function-words.txt"), Path.Combine(_dir, "en", "function-words.txt"));
        EventWords.Load(_dir).For("The bus was hit by a bomb.").ShouldBeNull();
        File.WriteAllLines(Path.Combine(_dir, "en", EventWords.CommonFileName), ["# generic", "said"]);
        File.WriteAllLines(Path.Combine(_dir, "en", EventWords.EndingsFileName), ["# endings", "s", "y\tie"]);
        var error = Should.Throw<ResourceFormatException>(() => EventWords.Load(_dir));
        error.Message.ShouldContain(":3");
        File.WriteAllLines(Path.Combine(_dir, "en", EventWords.EndingsFileName), ["s"]);
        var words = EventWords.Load(_dir).For("The bus was hit by a bomb.")!;
        words.Peculiar("said").ShouldBeNull();
        words.Peculiar("weddings").ShouldBe("wedding");
    }

    public void Dispose() => Directory.Delete(_dir, true);
}
