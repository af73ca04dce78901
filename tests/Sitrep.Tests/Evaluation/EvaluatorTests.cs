using Shouldly;
using Sitrep.Evaluation;
using Sitrep.Events;
using Xunit;

namespace Sitrep.Tests.Evaluation;

public sealed class EvaluatorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-eval-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Reads_an_export_with_columns_in_any_order_and_missing_ones()
    {
        var path = Path.Combine(_dir, "export.csv");
        File.WriteAllText(path,
            "notes,fatalities,event_date,event_id_cnty,sub_event_type,event_type,extra\n" +
            "\"On 3 May 2020, gunmen killed two farmers near Gao.\",2,3-May-20,MLI1,Attack,Violence against civilians,x\n" +
            "\"no date\",0,,MLI2,Attack,Violence against civilians,x\n" +
            ",0,3-May-20,MLI3,Attack,Violence against civilians,x\n");
        var rows = AcledExportReader.Read(path);
        rows.Count.ShouldBe(1);
        rows[0].Id.ShouldBe("MLI1");
        rows[0].Fatalities.ShouldBe(2);
        rows[0].Country.ShouldBe("");
        AcledExportReader.ToDocument(rows[0]).Published.ShouldBe(new DateOnly(2020, 5, 5));
    }

    [Theory]
    [InlineData("Hiiraan", "Hiraan", true)]
    [InlineData("Lower Shabeelle", "Lower Shabelle", true)]
    [InlineData("Idleb", "Idlib", false)]
    [InlineData("Mopti", "Mopti", true)]
    [InlineData("", "Mopti", false)]
    public void Places_meet_when_folded_alike(string a, string b, bool same) => Evaluator.SamePlace(a, b).ShouldBe(same);

    [Fact]
    public void Sequence_ratio_is_difflibs()
    {
        Evaluator.SequenceRatio("abcd", "bcde").ShouldBe(0.75);
        Evaluator.SequenceRatio("idleb", "idlib").ShouldBe(0.8);
    }

    [Fact]
    public void Actors_meet_without_their_year_range() =>
        Evaluator.Actor("Military Forces of Mali (2012-2013)").ShouldBe(Evaluator.Actor("Military Forces of Mali"));

    [Fact]
    public void Scores_the_first_event_of_each_document_and_counts_the_rest_as_extra()
    {
        var gold = new List<AcledRow>
        {
            new("A", new DateOnly(2020, 5, 3), "Battles", "Armed clash", "Taliban", "Military Forces of Afghanistan (2014-)", "Afghanistan", "Balkh", "Balkh", 36.7, 66.9, 3, "n"),
            new("B", new DateOnly(2020, 5, 3), "Protests", "Peaceful protest", "Protesters (Ghana)", "", "Ghana", "Greater Accra", "Accra", 5.55, -0.2, 0, "n"),
        };
        CodedEvent E(string doc, string sub, string actor1, string actor2, int dead) => new()
        {
            EventId = doc, DocId = doc, EventDate = new DateOnly(2020, 5, 3), DisorderType = "", EventType = EventTaxonomy.EventTypeOf(sub),
            SubEventType = sub, Actor1 = actor1, Actor2 = actor2, Country = "Afghanistan", Admin1 = "Balkh", Latitude = 36.75, Longitude = 66.9, Fatalities = dead,
        };
        var coded = new Dictionary<string, IReadOnlyList<CodedEvent>>
        {
            ["A"] = [E("A", "Armed clash", "Taliban", "Military Forces of Afghanistan", 3), E("A", "Attack", "x", "y", 0)],
        };
        var report = Evaluator.Score(gold, coded);
        report.Measures["detected"].ShouldBe(50);
        report.Measures["sub_event_type"].ShouldBe(50);
        report.Measures["actor2"].ShouldBe(50);
        report.Measures["within_25km"].ShouldBe(50);
        report.ExtraEventsPerDocument.ShouldBe(0.5);
        report.Worst[0].Id.ShouldBe("B");
    }
}
