using System.CommandLine;
using Sitrep.Events;

namespace Sitrep.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Data() => new("--data")
    {
        Description = "Folder of lexicons, actor dictionaries and the gazetteer (default: the data/ shipped with sitrep, or $SITREP_DATA)",
    };

    public static Option<string> Format(string defaultFormat = "json")
    {
        var o = new Option<string>("--format", "-f")
        {
            Description = "Output format: json, jsonl, csv (ACLED's columns, then Sitrep's) or geojson",
            DefaultValueFactory = _ => defaultFormat,
        };
        o.AcceptOnlyFromAmong("json", "jsonl", "csv", "geojson");
        return o;
    }

    public static EventFormat ParseFormat(string s) => s switch
    {
        "jsonl" => EventFormat.Jsonl,
        "csv" => EventFormat.Csv,
        "geojson" => EventFormat.GeoJson,
        _ => EventFormat.Json,
    };
}
