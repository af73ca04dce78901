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

    /// <summary>--published: a date; anything else is a usage error naming the option.</summary>
    public static Option<DateOnly?> Published(string description = "Publication date (YYYY-MM-DD) for documents that carry none") => new("--published", "-p")
    {
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Sitrep.Documents.DateText.TryParse(token, out var d)) return d;
            result.AddError($"--published: '{token}' is not a date such as 2018-06-29");
            return null;
        },
    };

    public static EventFormat ParseFormat(string s) => s switch
    {
        "jsonl" => EventFormat.Jsonl,
        "csv" => EventFormat.Csv,
        "geojson" => EventFormat.GeoJson,
        _ => EventFormat.Json,
    };
}
