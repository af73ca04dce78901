using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Sitrep.Events;

/// <summary>
/// Events as CSV: ACLED's 31 export columns in ACLED's order, so the file opens in the tools
/// users run on ACLED data, then Sitrep's own columns (evidence and sources as JSON).
/// </summary>
public sealed class AcledCsvWriter : IEventWriter
{
    public static readonly string[] AcledColumns =
    [
        "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
        "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
        "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
    ];

    public static readonly string[] SitrepColumns =
        ["event_id", "doc_id", "disorder_type", "civilian_targeting", "fatalities_low", "fatalities_high", "confidence", "sources", "evidence"];

    private readonly CsvWriter _csv;
    private readonly TextWriter _output;

    public AcledCsvWriter(TextWriter output)
    {
        _output = output;
        _csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in AcledColumns.Concat(SitrepColumns)) _csv.WriteField(c);
        _csv.NextRecord();
    }

    public void Write(CodedEvent e)
    {
        string I(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";
        string D(double? v) => v?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        object[] row =
        [
            "", I(e.Iso), e.EventId, "", e.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", I(e.EventDate?.Year),
            I(e.TimePrecision), e.EventType, e.SubEventType, e.Actor1, e.AssocActor1, I(e.Inter1), e.Actor2, e.AssocActor2, I(e.Inter2),
            I(e.Interaction), e.Region, e.Country, e.Admin1, e.Admin2, e.Admin3, e.Location, D(e.Latitude), D(e.Longitude),
            I(e.GeoPrecision), e.Source, "", e.Notes, I(e.Fatalities), "", e.Iso3,
            e.EventId, e.DocId, e.DisorderType, e.CivilianTargeting, I(e.FatalitiesLow), I(e.FatalitiesHigh),
            e.Confidence.ToString("0.##", CultureInfo.InvariantCulture),
            JsonSerializer.Serialize(e.Sources, EventJson.Compact), JsonSerializer.Serialize(e.Evidence, EventJson.Compact),
        ];
        foreach (var f in row) _csv.WriteField(f);
        _csv.NextRecord();
    }

    public void Complete()
    {
        _csv.Flush();
        _output.Flush();
    }
}
