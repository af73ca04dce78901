using Shouldly;
using Sitrep.Coding;
using Sitrep.Documents;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

public class NewsStructureStageTests
{
    private static AnnotatedDocument Read(string text, string? title = null, string published = "2021-03-05") =>
        TestResources.Coder.Pipeline.Annotate(new Document("t", text, DateOnly.Parse(published), title), TestResources.Resources);

    private static string Part(AnnotatedDocument doc, NewsPartKind kind) =>
        doc.Structure.Where(p => p.Kind == kind).Select(p => doc.Document.Slice(p.Span)).FirstOrDefault() ?? "";

    [Fact]
    public void Tells_the_headline_byline_dateline_and_lead_apart()
    {
        var doc = Read("Bombing kills four at a market in Kandahar\nBy Jane Doe\nKANDAHAR, March 4 (Wire) - A bomb hidden in a cart went off at a busy market on Thursday, killing four people.\nRead more: floods in the north",
            title: "Bombing kills four at a market in Kandahar");
        Part(doc, NewsPartKind.Headline).ShouldBe("Bombing kills four at a market in Kandahar");
        Part(doc, NewsPartKind.Byline).ShouldBe("By Jane Doe");
        Part(doc, NewsPartKind.Dateline).ShouldBe("KANDAHAR, March 4 (Wire) -");
        Part(doc, NewsPartKind.Lead).ShouldStartWith("KANDAHAR, March 4 (Wire) - A bomb hidden");
        Part(doc, NewsPartKind.Boilerplate).ShouldBe("Read more: floods in the north");
        doc.Sentences.Select(s => s.Part).ShouldBe([NewsPartKind.Headline, NewsPartKind.Byline, NewsPartKind.Lead, NewsPartKind.Boilerplate]);
    }

    [Theory]
    [InlineData("BAMAKO: Gunmen killed three traders on the road to Segou on Monday.", "BAMAKO:")]
    [InlineData("(Dakar) – Police fired tear gas at students in Ziguinchor on Monday.", "(Dakar) –")]
    [InlineData("Lagos, March 3, 2021 – Gunmen abducted a priest in Kaduna on Monday.", "Lagos, March 3, 2021 –")]
    public void Finds_datelines_as_wire_services_write_them(string text, string dateline) =>
        Part(Read(text), NewsPartKind.Dateline).ShouldBe(dateline);

    [Fact]
    public void A_sentence_that_opens_with_words_and_a_colon_is_no_dateline() =>
        Part(Read("The police said: gunmen killed three traders on Monday."), NewsPartKind.Dateline).ShouldBe("");

    [Fact]
    public void The_dateline_place_is_not_the_event_place()
    {
        var e = Code("BAMAKO: Gunmen killed three traders near Segou on Monday, officials said.", "2021-03-05").ShouldHaveSingleItem();
        e.Location.ShouldBe("Segou");
    }

    [Fact]
    public void The_dateline_date_is_not_the_event_date()
    {
        var e = Code("Lagos, March 5, 2021 – Gunmen abducted a priest in Kaduna on Wednesday, police said.", "2021-03-05").ShouldHaveSingleItem();
        e.EventDate.ShouldBe(new DateOnly(2021, 3, 3));
    }

    [Fact]
    public void Writers_and_the_places_they_file_from_are_no_event_place()
    {
        var doc = Read("Ann Lee in Kano and Tom Ade in Sokoto\nGunmen killed five farmers in Zamfara State on Monday.", title: "Five farmers killed");
        Part(doc, NewsPartKind.Byline).ShouldBe("Ann Lee in Kano and Tom Ade in Sokoto");
        doc.Places.ShouldNotContain(p => doc.Document.Slice(p.Span) == "Kano" || doc.Document.Slice(p.Span) == "Sokoto");
    }

    [Fact]
    public void A_line_of_only_a_date_is_when_the_story_was_filed()
    {
        var doc = Read("Friday, March 5, 2021\nSoldiers clashed with rebels in the hills on Tuesday.");
        doc.Sentences[0].Part.ShouldBe(NewsPartKind.Dateline);
        Code("Friday, March 5, 2021\nSoldiers clashed with rebels in the hills on Tuesday.", "2021-03-05").ShouldHaveSingleItem()
            .EventDate.ShouldBe(new DateOnly(2021, 3, 2));
    }

    [Fact]
    public void Quotes_are_told_apart() =>
        Part(Read("The mayor said \u201Cthe town is calm\u201D after the clashes on Monday."), NewsPartKind.Quote).ShouldBe("\u201Cthe town is calm\u201D");

    [Fact]
    public void Boilerplate_yields_no_event() =>
        Code("Protesters marched in the capital on Monday.\nRelated stories: Gunmen kill ten in an attack on a village").ShouldHaveSingleItem()
            .EventType.ShouldBe("Protests");

    [Theory]
    [InlineData("A militiaman of the Jade Front fires at troops in Tamale on March 2, 2022. (AFP)")]
    [InlineData("A militiaman of the Jade Front fires at troops in Tamale (AP Photo/Jane Doe)")]
    [InlineData("A militiaman of the Jade Front fires at troops in Tamale. REUTERS/Jane Doe")]
    [InlineData("A militiaman of the Jade Front fires at troops in Tamale. Photo: Jane Doe/AFP")]
    [InlineData("A militiaman of the Jade Front fires at troops in Tamale (Photo: Reuters)")]
    public void A_line_closed_by_a_photo_credit_is_a_caption(string caption)
    {
        var doc = Read($"Four killed in Kumasi\n{caption}\nSoldiers clashed with gunmen in Kumasi on Thursday, killing four people.\nThe army said calm had returned.");
        Part(doc, NewsPartKind.Caption).ShouldBe(caption);
        Part(doc, NewsPartKind.Lead).ShouldStartWith("Soldiers clashed");
    }

    [Fact]
    public void What_a_caption_names_codes_nothing()
    {
        // The caption names another town, an armed group and a clash of its own; only the story's text is coded.
        var e = Code("Four soldiers killed in Kano\nA Boko Haram fighter fires at troops in Maiduguri on March 2, 2022. (AFP)\n"
            + "Gunmen attacked a checkpoint in Kano on Thursday, killing four soldiers, the army said.\nThe army said calm had returned.", "2022-03-05").ShouldHaveSingleItem();
        e.Location.ShouldBe("Kano");
        e.Actor1.ShouldNotContain("Boko Haram");
        e.EventDate.ShouldBe(new DateOnly(2022, 3, 3));
    }

    [Fact]
    public void A_french_caption_is_closed_by_photo_and_its_credit()
    {
        var doc = Read("Des miliciens du Front de Jade à Tamale, le 2 mars 2022. Photo : AFP\nDes hommes armés ont attaqué un poste de contrôle à Kumasi jeudi, tuant quatre soldats.\nL'armée a indiqué que le calme était revenu.");
        Part(doc, NewsPartKind.Caption).ShouldBe("Des miliciens du Front de Jade à Tamale, le 2 mars 2022. Photo : AFP");
    }

    [Fact]
    public void An_agency_name_closing_the_last_line_credits_the_story() =>
        Code("Gunmen attacked a checkpoint in Kumasi on Thursday, killing four soldiers, the army said. (AFP)", "2022-03-05")
            .ShouldHaveSingleItem().Location.ShouldBe("Kumasi");

    [Fact]
    public void A_sentence_that_names_an_agency_is_no_caption() =>
        Part(Read("Gunmen attacked a checkpoint in Kumasi, a soldier told AFP/Reuters.\nThe army said calm had returned."), NewsPartKind.Caption).ShouldBe("");
}
