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
        var export = AcledExportReader.Read(path);
        var rows = export.Rows;
        rows.Count.ShouldBe(1);
        export.Skipped.Single().ToString().ShouldBe(path + ":3: invalid date: event_date '' is not " + Sitrep.Documents.DateText.Expected + "; row skipped");
        rows[0].Id.ShouldBe("MLI1");
        rows[0].Fatalities.ShouldBe(2);
        rows[0].Country.ShouldBe("");
        AcledExportReader.ToDocument(rows[0]).Published.ShouldBe(new DateOnly(2020, 5, 5));
    }

    [Fact]
    public void A_bad_date_is_named_by_the_line_its_row_starts_on_even_after_a_note_of_several_lines()
    {
        var path = Path.Combine(_dir, "export.csv");
        File.WriteAllText(path,
            "event_date,notes\n" +
            "2020-05-03,\"Gunmen attacked Gao.\nTwo died.\"\n" +
            "yesterday,Police arrested a man in Bamako.\n" +
            "2020-05-04,Troops clashed with militants near Menaka.\n");
        var export = AcledExportReader.Read(path);
        export.Rows.Count.ShouldBe(2);
        export.Skipped.Single().Line.ShouldBe(4);
        export.Skipped.Single().Detail.ShouldStartWith("event_date 'yesterday'");
    }

    /// <summary>Once a crash of eval (a row dated 9999 was published two days after it): now one skipped row, named.</summary>
    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void A_row_dated_outside_the_calendar_of_news_is_skipped_with_its_line(string date)
    {
        var path = Path.Combine(_dir, "export.csv");
        File.WriteAllText(path, $"event_date,notes\n{date},Gunmen attacked Gao.\n2020-05-04,Troops clashed with militants near Menaka.\n");
        var export = AcledExportReader.Read(path);
        export.Rows.Count.ShouldBe(1);
        export.Skipped.Single().ToString().ShouldStartWith($"{path}:2: invalid date: event_date '{date}'");
    }

    [Fact]
    public void An_export_without_the_columns_a_use_needs_is_refused_naming_them_all()
    {
        var path = Path.Combine(_dir, "export.csv");
        File.WriteAllText(path, "event_date,notes,event_type\n2020-05-03,Gunmen attacked Gao.,Battles\n");
        var e = Should.Throw<InvalidDataException>(() => AcledExportReader.Read(path, Evaluator.NeededColumns));
        e.Message.ShouldStartWith(path + ": no 'sub_event_type', 'fatalities', 'country', 'admin1', 'latitude', 'longitude', 'actor1', 'actor2' columns");
        AcledExportReader.Read(path, "event_type").Rows.Count.ShouldBe(1);
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
            EventId = doc, DocId = doc, EventDate = new DateOnly(2020, 5, 3), DisorderType = "", EventType = SubEventType.Parse(sub).EventType.Name,
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
