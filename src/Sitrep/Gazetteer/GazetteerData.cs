using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Text;

namespace Sitrep.Gazetteer;

/// <summary>The gazetteer's records as read from its files, before indexing.</summary>
internal sealed class GazetteerData
{
    public List<Country> Countries { get; } = [];
    public List<Admin1> Admin1 { get; } = [];
    public List<Admin2> Admin2 { get; } = [];
    public List<Place> Places { get; } = [];
    /// <summary>For each place, its folded names (the name first, then alternates).</summary>
    public List<string[]> Names { get; } = [];
    public List<(string Alias, Admin1 Admin1)> Admin1Aliases { get; } = [];

    public static GazetteerData Read(string file, string? overlayCsv, string? admin1Aliases)
    {
        var data = new GazetteerData();
        data.ReadCompact(file);
        if (admin1Aliases is not null && File.Exists(admin1Aliases)) data.ReadAdmin1Aliases(admin1Aliases);
        if (overlayCsv is not null && File.Exists(overlayCsv)) data.ReadOverlay(overlayCsv);
        return data;
    }

    private void ReadCompact(string file)
    {
        using var stream = File.OpenRead(file);
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8, false, 1 << 16);
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            try
            {
                switch (f[0])
                {
                    case "C":
                        Countries.Add(new Country(f[1], f[2], int.Parse(f[3], CultureInfo.InvariantCulture), f[4], f[5], f[6],
                            f[7].Split(',', StringSplitOptions.RemoveEmptyEntries)));
                        break;
                    case "A":
                        Admin1.Add(new Admin1(f[1], f[2], f[3]));
                        break;
                    case "D":
                        Admin2.Add(new Admin2(f[1], f[2], f[3], f[4]));
                        break;
                    case "P":
                        var names = f[3].Length == 0 ? [TextFold.Fold(f[2])] : f[3].Split('|').Prepend(TextFold.Fold(f[2])).ToArray();
                        AddPlace(new Place(int.Parse(f[1], CultureInfo.InvariantCulture), f[2],
                            double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture),
                            f[6], f[7], f[8], f[9], long.TryParse(f[10], out var pop) ? pop : 0, "GeoNames"), names);
                        break;
                    default:
                        throw new FormatException($"unknown record kind '{f[0]}'");
                }
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
            {
                throw new GazetteerFormatException(file, lineNo, e.Message);
            }
        }
    }

    private void AddPlace(Place place, string[] foldedNames)
    {
        Places.Add(place);
        Names.Add(foldedNames);
    }

    /// <summary>admin1-aliases.tsv: <c>CC&lt;TAB&gt;GeoNames name&lt;TAB&gt;alias[;alias...]</c>, other spellings of a division's name.</summary>
    private void ReadAdmin1Aliases(string file)
    {
        var byName = Admin1.GroupBy(a => a.CountryCode + "|" + TextFold.Fold(a.Name)).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        int lineNo = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length < 3) throw new GazetteerFormatException(file, lineNo, "expected country<TAB>name<TAB>alias;alias");
            if (!byName.TryGetValue(f[0].Trim() + "|" + TextFold.Fold(f[1]), out var a))
                throw new GazetteerFormatException(file, lineNo, $"no admin1 division '{f[1]}' in {f[0]}");
            foreach (var alias in f[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Admin1Aliases.Add((alias, a));
        }
    }

    /// <summary>
    /// overlay.csv: <c>name,alternate_names,country,admin1,admin2,latitude,longitude,source</c>. Places that
    /// GeoNames lacks; <c>country</c> is an ISO alpha-2 code or a name, <c>admin1</c> a division name, and
    /// alternate names are separated by <c>;</c>.
    /// </summary>
    private void ReadOverlay(string file)
    {
        var countryByName = Countries.ToDictionary(c => TextFold.Fold(c.Name), c => c.Iso2, StringComparer.Ordinal);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { AllowComments = true, TrimOptions = TrimOptions.Trim, MissingFieldFound = null };
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, config);
        csv.Read();
        csv.ReadHeader();
        int id = -1;
        while (csv.Read())
        {
            int lineNo = csv.Parser.RawRow;
            string Get(string name) => csv.GetField(name) ?? "";
            var name = Get("name");
            if (name.Length == 0) throw new GazetteerFormatException(file, lineNo, "a place needs a name");
            var country = Get("country");
            var cc = country.Length == 2 ? country.ToUpperInvariant() : countryByName.GetValueOrDefault(TextFold.Fold(country));
            if (cc is null || Countries.All(c => c.Iso2 != cc)) throw new GazetteerFormatException(file, lineNo, $"unknown country '{country}'");
            if (!double.TryParse(Get("latitude"), CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90)
                throw new GazetteerFormatException(file, lineNo, $"latitude '{Get("latitude")}' is not a number from -90 to 90");
            if (!double.TryParse(Get("longitude"), CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
                throw new GazetteerFormatException(file, lineNo, $"longitude '{Get("longitude")}' is not a number from -180 to 180");
            var admin1Name = TextFold.Fold(Get("admin1"));
            var a1 = admin1Name.Length == 0 ? null :
                Admin1.FirstOrDefault(a => a.CountryCode == cc && GazetteerIndex.DivisionKeys(a.Name).Contains(admin1Name))
                ?? Admin1Aliases.Where(x => x.Admin1.CountryCode == cc && TextFold.Fold(x.Alias) == admin1Name).Select(x => x.Admin1).FirstOrDefault()
                ?? throw new GazetteerFormatException(file, lineNo, $"no admin1 '{Get("admin1")}' in {cc}");
            var admin2Name = TextFold.Fold(Get("admin2"));
            var a2 = admin2Name.Length == 0 || a1 is null ? null :
                Admin2.FirstOrDefault(a => a.CountryCode == cc && a.Admin1Code == a1.Code && GazetteerIndex.DivisionKeys(a.Name).Contains(admin2Name));
            var names = Get("alternate_names").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(TextFold.Fold).Prepend(TextFold.Fold(name)).Distinct().ToArray();
            AddPlace(new Place(id--, name, lat, lon, "PPL", cc, a1?.Code ?? "", a2?.Code ?? "", 0, "overlay: " + Get("source")), names);
        }
    }
}
