using Shouldly;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Events;
using Xunit;

namespace Sitrep.Tests.Coding;

/// <summary>French reports, in text written for these tests: coded with data/fr, output in ACLED's English naming.</summary>
public sealed class FrenchCodingTests
{
    private static IReadOnlyList<CodedEvent> Code(string text, string published = "2024-03-12", string? language = null) =>
        TestResources.Coder.Code(new Document("fr", text, DateOnly.Parse(published), Language: language));

    [Fact]
    public void A_french_report_is_detected_and_coded_in_acleds_english_names()
    {
        const string text = "Des hommes armés non identifiés ont attaqué dimanche le village de Kareri, dans la région de Ségou, tuant sept civils, selon des sources locales.";
        TestResources.Resources.LanguageOf(new Document("fr", text)).ShouldBe("fr");
        var e = Code(text).ShouldHaveSingleItem();
        e.SubEventType.ShouldBe("Attack");
        e.Actor1.ShouldBe("Unidentified Armed Group (Mali)");
        e.Actor2.ShouldBe("Civilians (Mali)");
        e.Country.ShouldBe("Mali");
        e.Admin1.ShouldBe("Segou");
        e.Fatalities.ShouldBe(7);
        e.EventDate.ShouldBe(new DateOnly(2024, 3, 10));
    }

    [Fact]
    public void Evidence_spans_index_the_french_text_as_written()
    {
        const string text = "Des hommes armés non identifiés ont attaqué dimanche le village de Kareri, dans la région de Ségou, tuant sept civils.";
        var e = Code(text).ShouldHaveSingleItem();
        e.Evidence.ShouldNotBeEmpty();
        foreach (var ev in e.Evidence) text[ev.Start..ev.End].ShouldBe(ev.Text);
        e.Evidence.ShouldContain(ev => ev.Text.Contains("Ségou"));
    }

    [Fact]
    public void Tear_gas_grenades_disperse_a_protest_and_are_no_grenade_attack()
    {
        var e = Code("À Lomé, la police a dispersé jeudi à coups de grenades lacrymogènes des centaines de manifestants qui réclamaient la baisse des prix.").ShouldHaveSingleItem();
        e.SubEventType.ShouldBe("Protest with intervention");
        e.Actor1.ShouldBe("Protesters (Togo)");
        e.Country.ShouldBe("Togo");
    }

    [Theory]
    [InlineData("Vingt-trois soldats ont été tués lors de l'embuscade tendue près de Ménaka.", 23)]
    [InlineData("Une dizaine de villageois ont été tués lors de l'attaque de Tillabéri.", 10)]
    [InlineData("Des dizaines de civils ont été tués lors de l'attaque de Tillabéri.", 12)]
    [InlineData("Une centaine de personnes ont été tuées lors de l'attaque de Tillabéri.", 100)]
    [InlineData("L'attaque de Ouahigouya a fait quatre-vingt-dix-neuf morts.", 99)]
    public void French_numbers_in_words_count_the_dead(string text, int dead) => Code(text).ShouldHaveSingleItem().Fatalities.ShouldBe(dead);

    [Fact]
    public void Own_articles_code_their_events_and_quiet_ones_none()
    {
        // TestData/own/articles-fr.jsonl: written for these tests in the styles of the Sahel's and Central Africa's French
        // press, each with what ACLED would code (scripts/own-fixtures.py scores every field): a toll told after the
        // wounded were taken to the capital, a commemoration that recalls last year's attack, a calm rally after last
        // week's deaths, an attack told in the pluperfect on a day of its own.
        var items = OwnFixtures.Read("articles-fr.jsonl");
        items.Count.ShouldBeGreaterThanOrEqualTo(9);
        OwnFixtures.ArticlesCodeTheirEvents(items);
    }

    [Fact]
    public void Neutralised_fighters_are_counted_dead_as_the_sahel_communiques_mean_it()
    {
        var e = Code("Les FAMa ont neutralisé une vingtaine de terroristes lors d'un accrochage près de Tombouctou.").ShouldHaveSingleItem();
        e.SubEventType.ShouldBe("Armed clash");
        e.Actor1.ShouldBe("Military Forces of Mali (2021-)");
        e.Fatalities.ShouldBe(20);
        Code("Lundi, douze terroristes ont été neutralisés par l'armée près de Ménaka, selon l'état-major.").ShouldHaveSingleItem().Fatalities.ShouldBe(12);
        // Only a count of people: a device defused is no one dead.
        Code("Lundi, les soldats ont neutralisé un engin explosif improvisé près de Ménaka.").ShouldHaveSingleItem().Fatalities.ShouldBe(0);
    }

    [Fact]
    public void Yesterday_and_the_day_before_resolve_against_publication()
    {
        Code("Hier, des hommes armés ont tué trois commerçants à Ouahigouya.", "2024-03-12").ShouldHaveSingleItem().EventDate.ShouldBe(new DateOnly(2024, 3, 11));
        Code("Avant-hier, des hommes armés ont tué trois commerçants à Ouahigouya.", "2024-03-12").ShouldHaveSingleItem().EventDate.ShouldBe(new DateOnly(2024, 3, 10));
    }

    [Fact]
    public void A_batch_mixing_english_and_french_codes_each_document_in_its_own_language()
    {
        var inputs = new[]
        {
            ReadResult.Success(new Document("en", "Gunmen killed four traders at a market in Kidal, Mali on Sunday, a local official said.", new DateOnly(2024, 3, 12))),
            ReadResult.Success(new Document("fr", "Des hommes armés ont tué dimanche quatre commerçants au marché de Kidal, au Mali, selon un élu local.", new DateOnly(2024, 3, 12))),
        };
        var results = BatchCoder.Code(inputs, TestResources.Coder, 2).ToList();
        var en = results[0].Events.ShouldHaveSingleItem();
        var fr = results[1].Events.ShouldHaveSingleItem();
        foreach (var e in new[] { en, fr })
        {
            e.SubEventType.ShouldBe("Attack");
            e.Actor1.ShouldBe("Unidentified Armed Group (Mali)");
            e.Fatalities.ShouldBe(4);
            e.Admin1.ShouldBe("Kidal");
        }
    }

    [Fact]
    public void The_weekend_is_its_saturday()
    {
        // Published on a Wednesday: the weekend told is the one three and four days before.
        var e = Code("Le week-end dernier, des hommes armés ont tué cinq villageois près de Ménaka.", "2024-03-13").ShouldHaveSingleItem();
        e.EventDate.ShouldBe(new DateOnly(2024, 3, 9));
        e.TimePrecision.ShouldBe(TimePrecision.Week);
    }

    [Fact]
    public void A_lower_case_demonym_gives_the_country_of_the_army_and_an_armed_attack_is_no_army()
    {
        const string text = "Une attaque armée contre l'armée burkinabè a fait six morts mardi.";
        var doc = TestResources.Coder.Pipeline.Annotate(new Document("t", text, new DateOnly(2024, 3, 13), Language: "fr"), TestResources.Resources.In("fr"));
        doc.Actors.Select(a => doc.Document.Slice(a.Span)).ShouldBe(["l'armée"]);
        doc.Countries.ShouldHaveSingleItem().Iso2.ShouldBe("BF");
        var e = Code(text, "2024-03-13").ShouldHaveSingleItem();
        e.Country.ShouldBe("Burkina Faso");
        new[] { e.Actor1, e.Actor2 }.ShouldContain("Military Forces of Burkina Faso");
    }

    [Fact]
    public void A_town_struck_by_an_attack_is_no_air_strike() =>
        Code("L'attaque qui a frappé lundi la ville de Ménaka a fait neuf morts.").ShouldHaveSingleItem().SubEventType.ShouldNotBe("Air/drone strike");

    [Fact]
    public void An_exonym_finds_the_gazetteers_place_and_the_event_writes_acleds_name()
    {
        var e = Code("Des hommes armés ont tué trois civils à Tombouctou, au Mali.").ShouldHaveSingleItem();
        e.Location.ShouldBe("Timbuktu");
        e.Admin1.ShouldBe("Tombouctou");
        Code("Des soldats ont repoussé une attaque à Abéché, au Tchad.").ShouldHaveSingleItem().Country.ShouldBe("Chad");
    }
    [Fact]
    public void An_event_on_a_road_is_coded_near_the_first_end_of_the_road()
    {
        var e = Code("Un minibus a sauté mardi sur une mine sur la route entre Djibo et Kaya, au Burkina Faso, tuant neuf passagers.").ShouldHaveSingleItem();
        e.SubEventType.ShouldBe("Remote explosive/landmine/IED");
        e.Location.ShouldBe("Djibo");
        e.GeoPrecision.ShouldBe(GeoPrecision.NearTown);
    }

    [Fact]
    public void The_place_told_between_the_sentences_of_an_event_is_the_events()
    {
        const string text = "Au Burkina Faso, sept commerçants ont péri mardi quand leur camionnette a roulé sur un engin explosif improvisé. "
            + "L'explosion a eu lieu sur l'axe Djibo-Kaya, d'après un élu de la zone. "
            + "Aucun autre véhicule n'a été endommagé par la mine.";
        var e = Code(text).ShouldHaveSingleItem();
        e.Location.ShouldBe("Djibo");
        e.Admin1.ShouldBe("Sahel");
    }

    [Fact]
    public void A_kind_word_before_a_name_says_what_kind_of_place_it_is()
    {
        var doc = new Document("fr", "Des hommes armés ont tué dimanche quatre civils dans la région de Mopti, au Mali.", new DateOnly(2024, 3, 12), Language: "fr");
        var resources = TestResources.Resources.For(doc);
        var mopti = TestResources.Coder.Pipeline.Annotate(doc, resources).Places.ShouldHaveSingleItem();
        mopti.KindWord.ShouldBe("region");
        mopti.KindBefore.ShouldBeTrue();
    }
    [Theory]
    [InlineData("Dix-huit des 24 assaillants ont été tués mercredi lors de l'attaque du camp militaire de Kaya, au Burkina Faso.", 18)]
    [InlineData("Le bilan de l'embuscade de jeudi près de Kaya, au Burkina Faso, est passé de 14 à 22 morts, selon la mairie.", 22)]
    [InlineData("L'attaque de dimanche contre le village de Kaya, au Burkina Faso, a fait entre 40 et 50 morts.", 40)]
    public void French_tolls_count_the_part_the_update_and_the_low_end_of_a_range(string text, int dead) =>
        Code(text).ShouldHaveSingleItem().Fatalities.ShouldBe(dead);

    [Fact]
    public void A_tally_since_a_month_long_past_is_context_not_the_events_toll()
    {
        var e = Code("Des hommes armés ont tué dimanche quatre civils à Kaya, au Burkina Faso. Depuis mi-janvier, 230 personnes auraient péri dans des violences semblables dans la province.", "2022-06-14")
            .ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(4);
    }

    [Fact]
    public void A_month_in_lower_case_after_a_prefix_is_a_date_in_french()
    {
        var doc = new Document("fr", "En mars, des hommes armés ont tué quatre civils à Kaya.", new DateOnly(2022, 6, 14), Language: "fr");
        var date = TestResources.Coder.Pipeline.Annotate(doc, TestResources.Resources.For(doc)).Dates.ShouldHaveSingleItem();
        date.Date.ShouldBe(new DateOnly(2022, 3, 15));
        date.Precision.ShouldBe(TimePrecision.Month);
    }
    [Fact]
    public void A_takeover_and_the_fighting_days_before_it_are_two_events()
    {
        var events = Code("L'armée malienne a repris le contrôle de Tessalit, a annoncé l'état-major. "
            + "L'armée et les rebelles s'affrontaient pour le contrôle de la localité, avec des combats acharnés le week-end dernier.", "2024-03-12");
        events.Count.ShouldBe(2);
        var takeover = events.Where(e => e.SubEventType == "Government regains territory").ShouldHaveSingleItem();
        takeover.Actor1.ShouldBe("Military Forces of Mali (2021-)");
        takeover.EventDate.ShouldBe(new DateOnly(2024, 3, 12));
        events.Where(e => e.SubEventType == "Armed clash").ShouldHaveSingleItem().EventDate.ShouldBe(new DateOnly(2024, 3, 9));
    }
    [Fact]
    public void The_jnim_written_as_a_word_is_the_group()
    {
        var e = Code("Des terroristes ont attaqué mardi un camp militaire à Ménaka, au Mali. L'attaque a été revendiquée par le Jnim.").ShouldHaveSingleItem();
        e.Actor1.ShouldBe("JNIM: Group for Support of Islam and Muslims");
    }
}
