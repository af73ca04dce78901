using System.Globalization;
using System.Text;
using Sitrep.Resources;
using Sitrep.Gazetteer;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>
/// How the CSV export writes what ACLED's files write differently from the coded record: division names in ACLED's
/// style (no accents, no "Province du" or " District" around the name, the name a country's own maps use where the
/// gazetteer files another), inter codes as labels when asked, and the scale of outlets whose scale is known.
/// The tables are data: data/gazetteer/admin2-aliases.tsv, data/gazetteer/division-name-words.tsv, data/countries.tsv, data/acled/inter-labels.tsv and
/// data/sources/outlet-scales.tsv.
/// </summary>
public sealed record ExportConventions
{
    private readonly Dictionary<string, string> _iso2ByCountry;
    private readonly Dictionary<string, string> _admin2Names;
    private readonly Dictionary<int, string> _interLabels;
    private readonly List<(string Scale, HashSet<string> Outlets)> _scales;
    private readonly DivisionNameWords _divisionWords;

    /// <summary>Write inter1, inter2 and interaction as ACLED's labels ("State forces", "State forces-Civilians").</summary>
    public bool InterLabels { get; init; }

    /// <summary>No tables: names as coded, scales unknown, inter codes as numbers.</summary>
    public static ExportConventions None { get; } = new([], [], [], [], DivisionNameWords.None);

    private ExportConventions(Dictionary<string, string> iso2ByCountry, Dictionary<string, string> admin2Names, Dictionary<int, string> interLabels, List<(string, HashSet<string>)> scales, DivisionNameWords divisionWords)
    {
        _divisionWords = divisionWords;
        _iso2ByCountry = iso2ByCountry;
        _admin2Names = admin2Names;
        _interLabels = interLabels;
        _scales = scales;
    }

    /// <summary>The conventions of a data folder; a table it lacks is left out (its column is then written as coded).</summary>
    public static ExportConventions Load(string dataDirectory)
    {
        string In(params string[] parts) => Path.Combine([dataDirectory, .. parts]);
        var words = File.Exists(In(DivisionNameWords.FileName))
            ? DivisionNameWords.Read(In(DivisionNameWords.FileName), File.Exists(In(NameSkeleton.ArticlesFile)) ? In(NameSkeleton.ArticlesFile) : null)
            : DivisionNameWords.None;
        var iso2 = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(In("countries.tsv")))
            foreach (var (_, f) in TsvFile.Read(In("countries.tsv"), 2)) iso2.TryAdd(TextFold.Fold(f[1]), f[0]);
        var admin2 = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(In("gazetteer", "admin2-aliases.tsv")))
            foreach (var (_, f) in TsvFile.Read(In("gazetteer", "admin2-aliases.tsv"), 3))
                if (f[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var written, ..])
                    admin2.TryAdd(f[0] + "|" + Key(f[1], words), written);
        var labels = new Dictionary<int, string>();
        if (File.Exists(In("acled", "inter-labels.tsv")))
            foreach (var (line, f) in TsvFile.Read(In("acled", "inter-labels.tsv"), 2))
                labels[int.TryParse(f[0], CultureInfo.InvariantCulture, out var code) ? code : throw new ResourceFormatException(In("acled", "inter-labels.tsv"), line, $"'{f[0]}' is not an inter code")] = f[1];
        var scales = new List<(string, HashSet<string>)>();
        if (File.Exists(In("sources", "outlet-scales.tsv")))
            foreach (var (_, f) in TsvFile.Read(In("sources", "outlet-scales.tsv"), 2))
                scales.Add((f[0], f[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal)));
        return new ExportConventions(iso2, admin2, labels, scales, words);
    }

    /// <summary>A first-level division's name as ACLED's files write it.</summary>
    public string Admin1(string name) => Plain(name);

    /// <summary>A second-level division's name as ACLED's files write it: the country's own name for it where the aliases give one.</summary>
    public string Admin2(string country, string name)
    {
        if (name.Length == 0) return name;
        if (_iso2ByCountry.TryGetValue(TextFold.Fold(country), out var cc) && _admin2Names.TryGetValue(cc + "|" + Key(name, _divisionWords), out var written)) return Plain(written);
        return Plain(name);
    }

    /// <summary>ACLED's label of each inter code (data/acled/inter-labels.tsv).</summary>
    public IReadOnlyDictionary<int, string> InterLabelsByCode => _interLabels;

    /// <summary>An inter code as written: the number, or ACLED's label with <see cref="InterLabels"/>; empty for no actor.</summary>
    public string Inter(Inter inter) => (int)inter is var code && code == 0 ? ""
        : InterLabels && _interLabels.TryGetValue(code, out var label) ? label : code.ToString(CultureInfo.InvariantCulture);

    /// <summary>The interaction as written: ACLED's two-digit code, or "label-label" / "label only" with <see cref="InterLabels"/>.</summary>
    public string Interaction(Inter inter1, Inter inter2)
    {
        var code = InterCodes.Interaction(inter1, inter2);
        if (!InterLabels || code == 0) return code == 0 ? "" : code.ToString(CultureInfo.InvariantCulture);
        int low = code / 10, high = code % 10;
        if (!_interLabels.TryGetValue(low, out var a)) return code.ToString(CultureInfo.InvariantCulture);
        if (high == 0) return a + " only";
        return _interLabels.TryGetValue(high, out var b) ? a + "-" + b : code.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The scales of the event's sources that are known, in the table's order, joined by '-'; empty when none is known.</summary>
    public string SourceScale(IEnumerable<SourceRef> sources)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            if (!string.IsNullOrWhiteSpace(s.Outlet)) keys.Add(TextFold.Fold(s.Outlet));
            if (Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            {
                var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
                keys.Add(TextFold.Fold(host));
            }
        }
        return string.Join("-", _scales.Where(s => s.Outlets.Overlaps(keys)).Select(s => s.Scale));
    }

    private static string Key(string name, DivisionNameWords words) => words.Strip(name, DivisionNameWords.Use.Export).ToLowerInvariant();

    /// <summary>A name without accents and without the words GeoNames puts around it that ACLED's files leave out.</summary>
    internal string Plain(string name) => _divisionWords.Strip(name, DivisionNameWords.Use.Export);
}
