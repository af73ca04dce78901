using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Sitrep.Events;

/// <summary>
/// Events as CSV: ACLED's current export columns in ACLED's order, so a script written for an ACLED download
/// reads the file, then Sitrep's own columns (the fatality range, confidence, sources and evidence as JSON).
/// Division names, inter labels and source scales are written by <see cref="ExportConventions"/>; tags are those the
/// coder reads (a demonstration's crowd size), joined with "; " as ACLED joins them. A text cell
/// that a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage return) is written
/// with a leading apostrophe, as OWASP recommends against CSV injection; numbers are written as they are.
/// </summary>
public sealed class AcledCsvWriter : IEventWriter
{
    public static readonly string[] AcledColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    public static readonly string[] SitrepColumns =
        ["doc_id", "iso3", "fatalities_low", "fatalities_high", "confidence", "sources", "evidence"];

    private readonly CsvWriter _csv;
    private readonly TextWriter _output;
    private readonly ExportConventions _conventions;

    public AcledCsvWriter(TextWriter output, ExportConventions? conventions = null)
    {
        _output = output;
        _conventions = conventions ?? ExportConventions.None;
        _csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in AcledColumns.Concat(SitrepColumns)) _csv.WriteField(c);
        _csv.NextRecord();
    }

    public void Write(CodedEvent e)
    {
        var c = _conventions;
        // Numbers are ours and never a formula; every other cell may carry text from an article.
        string I(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
        string D(double? v) => v?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        string T(string? s) => Neutral(s ?? "");
        string[] row =
        [
            T(e.EventId), e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", I(e.EventDate?.Year), I((int)e.TimePrecision),
            T(e.DisorderType), T(e.EventType), T(e.SubEventType),
            T(e.Actor1), T(e.AssocActor1), c.Inter(e.Inter1), T(e.Actor2), T(e.AssocActor2), c.Inter(e.Inter2), c.Interaction(e.Inter1, e.Inter2),
            T(e.CivilianTargeting), I(e.Iso), T(e.Region), T(e.Country), T(c.Admin1(e.Admin1)), T(c.Admin2(e.Country, e.Admin2)), T(e.Admin3),
            T(e.Location), D(e.Latitude), D(e.Longitude), I((int)e.GeoPrecision),
            T(e.Source), T(c.SourceScale(e.Sources)), T(e.Notes), I(e.Fatalities), T(string.Join("; ", e.Tags.IsDefault ? [] : e.Tags)), e.Timestamp?.ToString(CultureInfo.InvariantCulture) ?? "",
            T(e.DocId), T(e.Iso3), I(e.FatalitiesLow), I(e.FatalitiesHigh), e.Confidence.ToString("0.##", CultureInfo.InvariantCulture),
            T(JsonSerializer.Serialize(e.Sources, EventJson.Compact)), T(JsonSerializer.Serialize(e.Evidence, EventJson.Compact)),
        ];
        foreach (var f in row) _csv.WriteField(f);
        _csv.NextRecord();
    }

    /// <summary>A text cell a spreadsheet will show, never run: a leading = + - @ tab or CR gets an apostrophe before it.</summary>
    public static string Neutral(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    public void Complete()
    {
        _csv.Flush();
        _output.Flush();
    }
}
