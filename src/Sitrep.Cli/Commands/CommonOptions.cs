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
            result.AddError($"--published: '{token}' is not {Sitrep.Documents.DateText.Expected}");
            return null;
        },
    };

    /// <summary>--country: an ISO 3166 alpha-2 code; anything else is a usage error naming the option.</summary>
    public static Option<string?> Country() => CodeOption("--country",
        "Country (ISO 3166 alpha-2, e.g. ML) the documents' source covers: the country of events whose text names none",
        Sitrep.Documents.CountryCode.TryParse, "an ISO 3166 alpha-2 country code such as ML or NG");

    /// <summary>--lang: a language code; anything else is a usage error naming the option.</summary>
    public static Option<string?> Language() => CodeOption("--lang",
        "Language of the documents that name none (en, fr; a folder of --data); default: detected for each document",
        Sitrep.Documents.LanguageCode.TryParse, "a language code such as en or fr");

    private delegate bool CodeParser(string? value, out string code);

    /// <summary>An option whose value is a code <paramref name="parse"/> reads; anything else is a usage error naming the option.</summary>
    private static Option<string?> CodeOption(string name, string description, CodeParser parse, string expected) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (parse(token, out var code)) return code;
            result.AddError($"{name}: '{token}' is not {expected}");
            return null;
        },
    };

    /// <summary>The resources can code <paramref name="language"/> (null: detection decides), or say on stderr that they cannot.</summary>
    public static bool CheckLanguage(Sitrep.Resources.CodingResources resources, string? language)
    {
        if (language is null || resources.Supports(language)) return true;
        CliErrors.Write($"--lang: no language pack for '{language}'; the data folder has {string.Join(", ", resources.Languages)}");
        return false;
    }

    public static Option<bool> InterLabels() => new("--inter-labels")
    {
        Description = "CSV: write inter1, inter2 and interaction as ACLED's labels (State forces, State forces-Civilians) rather than codes",
    };

    /// <summary>The CSV's conventions from a data folder (default: the shipped one), or null with a one-line error when a table is malformed.</summary>
    public static ExportConventions? Conventions(string? dataDirectory, bool interLabels)
    {
        try
        {
            return ExportConventions.Load(dataDirectory ?? Sitrep.Resources.CodingResources.DefaultDataDirectory()) with { InterLabels = interLabels };
        }
        catch (Exception e) when (e is Sitrep.Resources.ResourceFormatException or IOException or UnauthorizedAccessException)
        {
            CliErrors.Write(e.Message);
            return null;
        }
    }

    /// <summary>
    /// Refuses a path argument that looks like an option ("--from" given to a command that has none): without this it is
    /// read as a file name and reported as a missing file. A lone "-" (stdin) is a path.
    /// </summary>
    public static T RefusingOptions<T>(this T argument) where T : Argument
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"{token.Value}: unknown option (a path that begins with '-' can be given as ./{token.Value})");
        });
        return argument;
    }

    public static EventFormat ParseFormat(string s) => s switch
    {
        "jsonl" => EventFormat.Jsonl,
        "csv" => EventFormat.Csv,
        "geojson" => EventFormat.GeoJson,
        _ => EventFormat.Json,
    };
}
