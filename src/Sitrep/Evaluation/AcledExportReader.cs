using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Reads an ACLED export (CSV, any column order, extra or missing columns) into rows, with every
/// date format ACLED's exports write (see <see cref="DateText"/>).
/// Rows without notes are skipped, as the evaluation defines; rows without a readable date are skipped too, each
/// with an error naming its line (<see cref="AcledExport.Skipped"/>).
/// </summary>
public static class AcledExportReader
{
    /// <summary>The columns every use of an export needs: the text to code, and the day it tells of.</summary>
    public static readonly IReadOnlyList<string> Always = ["event_date", "notes"];

    /// <summary>
    /// Reads the export at <paramref name="path"/>; a file that lacks one of <see cref="Always"/> or of
    /// <paramref name="needed"/> is refused whole (<see cref="InvalidDataException"/> naming the file and every missing
    /// column), since scoring or training without them would give figures that only look like results.
    /// </summary>
    public static AcledExport Read(string path, params IReadOnlyCollection<string> needed)
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
        var missing = Always.Concat(needed).Distinct().Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"{path}: no {string.Join(", ", missing.Select(c => $"'{c}'"))} column{(missing.Count > 1 ? "s" : "")}; is this an ACLED export?");
        string Get(string name) => header.Contains(name) ? csv.GetField(name) ?? "" : "";
        double? Num(string name) => double.TryParse(Get(name), CultureInfo.InvariantCulture, out var v) ? v : null;
        var rows = new List<AcledRow>();
        var skipped = new List<Problem>();
        int n = 0;
        // A quoted field may span lines: a record starts on the line after the one the previous record ended on.
        int line = csv.Parser.RawRow + 1;
        while (csv.Read())
        {
            n++;
            int start = line;
            line = csv.Parser.RawRow + 1;
            var notes = Get("notes");
            if (string.IsNullOrWhiteSpace(notes)) continue;
            if (!DateText.TryParse(Get("event_date"), out var date))
            {
                skipped.Add(new Problem(ErrorCode.InvalidDate, path, start, $"event_date '{Get("event_date")}' is not {DateText.Expected}; row skipped"));
                continue;
            }
            var id = Get("event_id_cnty");
            if (id.Length == 0) id = Get("data_id");
            if (id.Length == 0) id = "row" + n;
            rows.Add(new AcledRow(id, date, Get("event_type"), Get("sub_event_type"), Get("actor1"), Get("actor2"), Get("country"),
                Get("admin1"), Get("location"), Num("latitude"), Num("longitude"), (int)(Num("fatalities") ?? 0), notes));
        }
        return new AcledExport(rows, skipped);
    }

    /// <summary>The document a row becomes: its notes, published two days after the event.</summary>
    public static Document ToDocument(AcledRow row) => new(row.Id, row.Notes, row.EventDate.AddDays(2));
}
