using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sitrep.Text;

namespace Sitrep.Gazetteer;

/// <summary>The gazetteer's records as read from its files, before indexing.</summary>
internal sealed class GazetteerData
{
    public List<Country> Countries { get; } = [];
    public List<Admin1> Admin1 { get; } = [];
    public List<Admin2> Admin2 { get; } = [];
    public List<Place> Places { get; } = [];
    /// <summary>For places not yet in <see cref="Keys"/> (all of them while building, overlay places at load), their folded names, the name first.</summary>
    public List<string[]> Names { get; } = [];
    /// <summary>The prebuilt name index of the places read from the binary file (see <see cref="GazetteerFile"/>).</summary>
    public ulong[] Keys { get; init; } = [];
    public int[] Postings { get; init; } = [];
    /// <summary>The prebuilt skeleton index (<see cref="Sitrep.Text.NameSkeleton"/>) of the main names of the first <see cref="SkeletonPlaces"/> places.</summary>
    public ulong[] SkeletonKeys { get; init; } = [];
    public int[] SkeletonPostings { get; init; } = [];
    public int SkeletonPlaces { get; init; }
    /// <summary>Places from this index on have their names in <see cref="Names"/> rather than in <see cref="Keys"/>.</summary>
    public int FirstUnindexedPlace => Places.Count - Names.Count;
    public List<(string Alias, Admin1 Admin1)> Admin1Aliases { get; } = [];
    public List<(string Alias, Admin2 Admin2)> Admin2Aliases { get; } = [];

    /// <summary>The words around a division's name it is also found without (data/gazetteer/division-name-words.tsv).</summary>
    public DivisionNameWords DivisionNames { get; init; } = DivisionNameWords.None;

    public static GazetteerData Read(string file, string? overlayCsv, string? admin1Aliases, string? admin2Aliases, DivisionNameWords divisionNames)
    {
        var data = GazetteerFile.Read(file, divisionNames);
        if (admin1Aliases is not null && File.Exists(admin1Aliases)) data.ReadAdmin1Aliases(admin1Aliases);
        if (admin2Aliases is not null && File.Exists(admin2Aliases)) data.ReadAdmin2Aliases(admin2Aliases);
        if (overlayCsv is not null && File.Exists(overlayCsv)) data.ReadOverlay(overlayCsv);
        return data;
    }

    public void AddPlace(Place place, string[] foldedNames)
    {
        Places.Add(place);
        Names.Add(foldedNames);
    }

    /// <summary>
    /// admin1-aliases.tsv: <c>CC&lt;TAB&gt;GeoNames name&lt;TAB&gt;alias[;alias...][&lt;TAB&gt;English name]</c>, other
    /// spellings of a division's name and, when given, the English name to write for it in place of GeoNames'
    /// (Lebanon's "Liban-Nord" is the "North" governorate). <c>CC&lt;TAB&gt;*&lt;TAB&gt;&lt;TAB&gt;GeoNames</c> writes
    /// GeoNames' own names for all of a country's divisions, where Natural Earth's are in another language
    /// (Greece's "Attiki") or of another level (the Philippines' provinces); those stay other spellings.
    /// </summary>
    private void ReadAdmin1Aliases(string file)
    {
        // Divisions by position in the list, as a line may give one the name to write (a new record in its place)
        // after earlier lines gave it aliases: the records are taken from the list once the file is read.
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Admin1.Count; i++) byName.TryAdd(Admin1[i].CountryCode + "|" + TextFold.Fold(Admin1[i].Name), i);
        var aliases = new List<(string Alias, int Division)>();
        foreach (var (lineNo, f) in AliasLines(file))
        {
            var cc = f[0].Trim();
            if (f[1].Trim() == "*")
            {
                if (f.Length < 4 || f[3].Trim() != "GeoNames") throw new GazetteerFormatException(file, lineNo, "a '*' line takes 'GeoNames' in its fourth column");
                for (int i = 0; i < Admin1.Count; i++)
                    if (Admin1[i].CountryCode == cc && Admin1[i].CommonName.Length > 0)
                    {
                        aliases.Add((Admin1[i].CommonName, i));
                        Admin1[i] = Admin1[i] with { CommonName = "", NamedByHand = false };
                    }
                continue;
            }
            if (!byName.TryGetValue(cc + "|" + TextFold.Fold(f[1]), out var division))
                throw new GazetteerFormatException(file, lineNo, $"no admin1 division '{f[1]}' in {f[0]}");
            if (f.Length > 3 && f[3].Trim().Length > 0)
                Admin1[division] = Admin1[division] with { CommonName = f[3].Trim(), NamedByHand = true };
            foreach (var alias in f[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                aliases.Add((alias, division));
        }
        Admin1Aliases.AddRange(aliases.Select(x => (x.Alias, Admin1[x.Division])));
    }

    /// <summary>
    /// admin2-aliases.tsv: <c>CC&lt;TAB&gt;GeoNames name&lt;TAB&gt;alias[;alias...]</c>, the names a country's own maps
    /// and press give its second-level divisions where GeoNames files another (Burkina Faso's Soum province is
    /// GeoNames' "Province du Djelgodji"). The GeoNames name must name one division of that country.
    /// </summary>
    private void ReadAdmin2Aliases(string file)
    {
        var byName = new Dictionary<string, List<Admin2>>(StringComparer.Ordinal);
        foreach (var a in Admin2)
            foreach (var key in DivisionNames.Keys(a.Name))
                if (!byName.TryGetValue(a.CountryCode + "|" + key, out var list)) byName[a.CountryCode + "|" + key] = [a];
                else if (!list.Contains(a)) list.Add(a);
        foreach (var (lineNo, f) in AliasLines(file))
        {
            if (!byName.TryGetValue(f[0].Trim() + "|" + TextFold.Fold(f[1]), out var divisions))
                throw new GazetteerFormatException(file, lineNo, $"no admin2 division '{f[1]}' in {f[0]}");
            if (divisions.Count > 1)
                throw new GazetteerFormatException(file, lineNo, $"'{f[1]}' names {divisions.Count} admin2 divisions in {f[0]}; give the one meant by its full GeoNames name");
            foreach (var alias in f[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                Admin2Aliases.Add((alias, divisions[0]));
        }
    }

    /// <summary>The lines of an aliases file (or of admin1-splits.tsv) that are neither blank nor comments, split at tabs, with their line numbers.</summary>
    internal static IEnumerable<(int LineNo, string[] Fields)> AliasLines(string file)
    {
        int lineNo = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length < 3) throw new GazetteerFormatException(file, lineNo, "expected country<TAB>name<TAB>alias;alias");
            yield return (lineNo, f);
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
        // TextFieldParser (in the framework) reads quoted CSV; it starts in microseconds where a mapping library takes a second.
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(file) { TextFieldType = Microsoft.VisualBasic.FileIO.FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(",");
        parser.CommentTokens = ["#"];
        string[]? header = null;
        int id = -1;
        while (!parser.EndOfData)
        {
            long lineNo = parser.LineNumber;
            string[] fields;
            try { fields = parser.ReadFields() ?? []; }
            catch (Microsoft.VisualBasic.FileIO.MalformedLineException e) { throw new GazetteerFormatException(file, (int)e.LineNumber, "malformed CSV line"); }
            if (fields.Length == 0) continue;
            if (header is null) { header = fields; continue; }
            var row = fields;
            string Get(string name)
            {
                int i = Array.IndexOf(header, name);
                return i >= 0 && i < row.Length ? row[i] : "";
            }
            var name = Get("name");
            if (name.Length == 0) throw new GazetteerFormatException(file, (int)lineNo, "a place needs a name");
            var country = Get("country");
            var cc = country.Length == 2 ? country.ToUpperInvariant() : countryByName.GetValueOrDefault(TextFold.Fold(country));
            if (cc is null || Countries.All(c => c.Iso2 != cc)) throw new GazetteerFormatException(file, (int)lineNo, $"unknown country '{country}'");
            if (!double.TryParse(Get("latitude"), CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90)
                throw new GazetteerFormatException(file, (int)lineNo, $"latitude '{Get("latitude")}' is not a number from -90 to 90");
            if (!double.TryParse(Get("longitude"), CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
                throw new GazetteerFormatException(file, (int)lineNo, $"longitude '{Get("longitude")}' is not a number from -180 to 180");
            var admin1Name = TextFold.Fold(Get("admin1"));
            var a1 = admin1Name.Length == 0 ? null :
                Admin1.FirstOrDefault(a => a.CountryCode == cc && DivisionNames.Keys(a.Name).Contains(admin1Name))
                ?? Admin1Aliases.Where(x => x.Admin1.CountryCode == cc && TextFold.Fold(x.Alias) == admin1Name).Select(x => x.Admin1).FirstOrDefault()
                ?? throw new GazetteerFormatException(file, (int)lineNo, $"no admin1 '{Get("admin1")}' in {cc}");
            var admin2Name = TextFold.Fold(Get("admin2"));
            var a2 = admin2Name.Length == 0 || a1 is null ? null :
                Admin2.FirstOrDefault(a => a.CountryCode == cc && a.Admin1Code == a1.Code && DivisionNames.Keys(a.Name).Contains(admin2Name));
            var names = Get("alternate_names").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(TextFold.Fold).Prepend(TextFold.Fold(name)).Distinct().ToArray();
            AddPlace(new Place(id--, name, lat, lon, "PPL", cc, a1?.Code ?? "", a2?.Code ?? "", 0, "overlay: " + Get("source")), names);
        }
    }
}
