using System.Collections.Immutable;
using Shouldly;
using Sitrep.Events;
using Sitrep.Storage;
using Xunit;

namespace Sitrep.Tests.Events;

/// <summary>The CSV export as a script written for an ACLED download reads it: ACLED's current columns and names, nothing that runs.</summary>
public sealed class AcledCsvWriterTests
{
    private static readonly ExportConventions Shipped = ExportConventions.Load(TestResources.DataDirectory);

    private static CodedEvent Event(string notes = "Gunmen attacked a market.") => new()
    {
        EventId = "BFA12", DocId = "doc-1", EventDate = new DateOnly(2021, 3, 8), DisorderType = "Political violence",
        EventType = "Violence against civilians", SubEventType = "Attack", Actor1 = "Unidentified Armed Group (Burkina Faso)", Inter1 = Inter.PoliticalMilitia,
        Actor2 = "Civilians (Burkina Faso)", Inter2 = Inter.Civilians, Interaction = 37, Iso = 854, Iso3 = "BFA", Region = "Western Africa",
        Country = "Burkina Faso", Admin1 = "Sahel", Admin2 = "Province du Djelgodji", Location = "Djibo", Latitude = 14.0994, Longitude = -1.6255,
        GeoPrecision = GeoPrecision.Town, Source = "Reuters", Notes = notes, Fatalities = 5, FatalitiesLow = 5, FatalitiesHigh = 7,
        Sources = [new SourceRef("doc-1", "Reuters", "https://www.reuters.com/world/a", new DateOnly(2021, 3, 10))],
    };

    private static List<Dictionary<string, string>> Rows(ExportConventions conventions, params CodedEvent[] events)
    {
        var text = new StringWriter();
        var writer = new AcledCsvWriter(text, conventions);
        foreach (var e in events) writer.Write(e);
        writer.Complete();
        using var csv = new CsvHelper.CsvReader(new StringReader(text.ToString()), System.Globalization.CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        return rows;
    }

    [Fact]
    public void The_header_is_acleds_current_layout_then_sitreps_columns()
    {
        var text = new StringWriter();
        new AcledCsvWriter(text).Complete();
        var header = text.ToString().TrimEnd().Split(',');
        header.Take(31).ShouldBe(
        [
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
            "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
            "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        ]);
        header.Skip(31).ShouldContain("evidence");
    }

    [Fact]
    public void Division_names_are_written_as_acled_writes_them()
    {
        var row = Rows(Shipped, Event())[0];
        row["admin2"].ShouldBe("Soum"); // the province's own name, from admin2-aliases.tsv
        var pakistan = Rows(Shipped, Event() with { Country = "Pakistan", Admin1 = "Khyber Pakhtunkhwa", Admin2 = "North Wazīristān District" })[0];
        pakistan["admin2"].ShouldBe("North Waziristan");
        var chile = Rows(Shipped, Event() with { Country = "Chile", Admin1 = "Región Metropolitana de Santiago", Admin2 = "Provincia de Santiago" })[0];
        chile["admin1"].ShouldBe("Metropolitana de Santiago");
        chile["admin2"].ShouldBe("Santiago");
        Rows(Shipped, Event() with { Country = "Mexico", Admin1 = "Ciudad de México", Admin2 = "Mexico City" })[0]["admin2"].ShouldBe("Mexico City");
        // A prefix goes only while three letters of the name are left: "Région de La Mé" is "La Me", not "Me".
        Rows(Shipped, Event() with { Country = "Ivory Coast", Admin1 = "Lagunes", Admin2 = "Région de La Mé" })[0]["admin2"].ShouldBe("La Me");
        Rows(Shipped, Event() with { Admin2 = "Province d'Oubritenga" })[0]["admin2"].ShouldBe("Oubritenga");
    }

    [Fact]
    public void A_division_affix_row_of_no_known_position_names_its_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-affixes").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "gazetteer"));
            File.WriteAllText(Path.Combine(dir, "gazetteer", "division-name-words.tsv"), "# a comment\naffix\tdistrict\teither\tsuffix\naffix\tof the\t-\tmiddle\n");
            var e = Should.Throw<Sitrep.Resources.ResourceFormatException>(() => ExportConventions.Load(dir));
            e.Message.ShouldContain("division-name-words.tsv");
            e.Message.ShouldContain("3");
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Inter_codes_are_numbers_by_default_and_acleds_labels_when_asked()
    {
        var codes = Rows(Shipped, Event())[0];
        (codes["inter1"], codes["inter2"], codes["interaction"]).ShouldBe(("3", "7", "37"));
        var labels = Rows(Shipped with { InterLabels = true }, Event(), Event() with { Actor2 = "", Inter2 = Inter.None, Inter1 = Inter.Protesters })
            .Select(r => (r["inter1"], r["inter2"], r["interaction"])).ToList();
        labels[0].ShouldBe(("Political militia", "Civilians", "Political militia-Civilians"));
        labels[1].ShouldBe(("Protesters", "", "Protesters only"));
    }

    [Fact]
    public void The_source_scale_is_written_for_known_outlets_only()
    {
        Rows(Shipped, Event())[0]["source_scale"].ShouldBe("International");
        Rows(Shipped, Event() with { Sources = [new SourceRef("d", "Le Faso Quotidien", "https://lefasoquotidien.example/x", null)] })[0]["source_scale"].ShouldBe("");
        var mixed = Event() with { Sources = [new SourceRef("d1", null, "https://twitter.com/someone/status/1", null), new SourceRef("d2", "AFP", null, null)] };
        Rows(Shipped, mixed)[0]["source_scale"].ShouldBe("International-New media");
    }

    [Fact]
    public void Tags_are_joined_as_acled_joins_them_and_empty_when_none()
    {
        Rows(Shipped, Event() with { Tags = ["crowd size=hundreds", "armed presence"] })[0]["tags"].ShouldBe("crowd size=hundreds; armed presence");
        Rows(Shipped, Event())[0]["tags"].ShouldBe("");
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_is_written_with_an_apostrophe_and_numbers_stay_numbers()
    {
        var row = Rows(Shipped, Event("=HYPERLINK(\"http://evil.example\",\"click\")") with { Actor1 = "+cmd", Location = "@SUM(A1)", Admin3 = "-2+3" })[0];
        row["notes"].ShouldBe("'=HYPERLINK(\"http://evil.example\",\"click\")");
        row["actor1"].ShouldBe("'+cmd");
        row["location"].ShouldBe("'@SUM(A1)");
        row["admin3"].ShouldBe("'-2+3");
        row["longitude"].ShouldBe("-1.6255");
        row["fatalities"].ShouldBe("5");
    }

    [Fact]
    public void A_stored_event_carries_the_time_it_last_changed_and_an_extracted_one_none()
    {
        Rows(Shipped, Event())[0]["timestamp"].ShouldBe("");
        var dir = Directory.CreateTempSubdirectory("sitrep-csv-").FullName;
        try
        {
            var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            using (var store = SqliteEventStore.Open(Path.Combine(dir, "t.db")))
            {
                var doc = new Sitrep.Documents.Document("doc-1", "Gunmen attacked a market in Djibo on Monday.", new DateOnly(2021, 3, 10));
                store.Ingest(doc, [Event()]);
                var stored = store.Query(EventQuery.All).Single();
                stored.Timestamp.ShouldNotBeNull();
                stored.Timestamp!.Value.ShouldBeInRange(before, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
                long.Parse(Rows(Shipped, stored)[0]["timestamp"]).ShouldBe(stored.Timestamp.Value);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }
}
