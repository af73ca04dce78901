using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads an ACLED export (CSV, any column order, extra or missing columns) into rows, with every
/// date format ACLED's exports write (see <see cref="DateText"/>).
/// Rows without a readable date or without notes are skipped, as the evaluation defines.
/// </summary>
public static class AcledExportReader
{
    public static List<AcledRow> Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: file not found", path);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = null,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
        };
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader()) throw new InvalidDataException($"{path}: no header row");
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
        foreach (var required in new[] { "event_date", "notes" })
            if (!header.Contains(required)) throw new InvalidDataException($"{path}: no '{required}' column; is this an ACLED export?");
        string Get(string name) => header.Contains(name) ? csv.GetField(name) ?? "" : "";
        double? Num(string name) => double.TryParse(Get(name), CultureInfo.InvariantCulture, out var v) ? v : null;
        var rows = new List<AcledRow>();
        int n = 0;
        while (csv.Read())
        {
            n++;
            var notes = Get("notes");
            if (!DateText.TryParse(Get("event_date"), out var date) || string.IsNullOrWhiteSpace(notes)) continue;
            var id = Get("event_id_cnty");
            if (id.Length == 0) id = Get("data_id");
            if (id.Length == 0) id = "row" + n;
            rows.Add(new AcledRow(id, date, Get("event_type"), Get("sub_event_type"), Get("actor1"), Get("actor2"), Get("country"),
                Get("admin1"), Get("location"), Num("latitude"), Num("longitude"), (int)(Num("fatalities") ?? 0), notes));
        }
        return rows;
    }

    /// <summary>The document a row becomes: its notes, published two days after the event.</summary>
    public static Document ToDocument(AcledRow row) => new(row.Id, row.Notes, row.EventDate.AddDays(2));
}
