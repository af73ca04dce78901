using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sitrep.Text;

namespace Sitrep.Gazetteer;

/// <summary>
/// The offline gazetteer, loaded once and shared read-only across threads. Place names
/// are indexed by the 64-bit hash of their folded form in two parallel sorted arrays,
/// which keeps hundreds of thousands of names in a few megabytes and a lookup to a
/// binary search; divisions and countries, far fewer, sit in dictionaries.
/// </summary>
public sealed class GazetteerIndex
{
    private readonly Place[] _places;
    private ulong[] _keys;
    private int[] _postings;
    private readonly Dictionary<string, Country> _countries;
    private readonly Dictionary<string, List<Country>> _countryByName;
    private readonly Dictionary<string, Admin1> _admin1;
    private readonly Dictionary<string, List<Admin1>> _admin1ByName;
    private readonly Dictionary<string, Admin2> _admin2;
    private readonly Dictionary<string, List<Admin2>> _admin2ByName;
    private readonly Dictionary<(string Country, string Admin1), Place> _admin1Seat;
    private readonly Dictionary<string, Place> _capital;
    private readonly Dictionary<(string Country, string Admin1, string Admin2), Place> _admin2Seat;
    /// <summary>The first other name admin2-aliases.tsv gives a district: the one its country's maps and ACLED write.</summary>
    private readonly Dictionary<Admin2, string> _admin2Written = [];

    internal GazetteerIndex(GazetteerData data)
    {
        DivisionNames = data.DivisionNames;
        _places = data.Places.ToArray();
        _countries = data.Countries.ToDictionary(c => c.Iso2, StringComparer.Ordinal);
        _admin1 = new(StringComparer.Ordinal);
        _admin2 = new(StringComparer.Ordinal);
        _countryByName = new(StringComparer.Ordinal);
        _admin1ByName = new(StringComparer.Ordinal);
        _admin2ByName = new(StringComparer.Ordinal);
        _admin1Seat = [];
        _capital = new(StringComparer.Ordinal);
        _admin2Seat = [];
        _keys = data.Keys;
        _postings = data.Postings;
        // Three independent parts, built side by side: load time is what every command pays first.
        Parallel.Invoke(
            () => IndexDivisions(data),
            () => FindSeats(),
            () => (_keys, _postings) = WithoutCommonAlternates(GazetteerFile.IndexOf(data), data.DivisionNames.Common));
        PlaceCount = _places.Length;
        NameCount = _keys.Length;
        var (skeletonKeys, skeletonPostings, skeletonPlaces) = (data.SkeletonKeys, data.SkeletonPostings, data.SkeletonPlaces);
        var places = _places;
        _joined = new Lazy<(ulong[], int[])>(() => JoinedIndexOf(places), LazyThreadSafetyMode.ExecutionAndPublication);
        _skeletons = new Lazy<SkeletonIndex>(() => new SkeletonIndex(_places, skeletonKeys, skeletonPostings, skeletonPlaces, _admin1ByName, _admin2ByName),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The name index without the postings of a common word (<see cref="CommonWords"/>) that is another name of a place
    /// than its own: GeoNames lists "CAN" for Guangzhou and "Said" for As Sa`id, which a headline's "Can" or a man's name
    /// would find. A place whose own name it is keeps it.
    /// </summary>
    private static (ulong[] Keys, int[] Postings) WithoutCommonAlternates((ulong[] Keys, int[] Postings) index, CommonWords common)
    {
        var (keys, postings) = index;
        var drop = new List<int>();
        foreach (var hash in common.Hashes)
        {
            int i = Array.BinarySearch(keys, hash);
            if (i < 0) continue;
            while (i > 0 && keys[i - 1] == hash) i--;
            for (; i < keys.Length && keys[i] == hash; i++)
                if ((postings[i] & 1) == 1) drop.Add(i);
        }
        if (drop.Count == 0) return index;
        drop = [.. drop.Distinct().Order()];
        var (k2, p2) = (new ulong[keys.Length - drop.Count], new int[keys.Length - drop.Count]);
        int from = 0, to = 0;
        foreach (var d in drop.Append(keys.Length))
        {
            Array.Copy(keys, from, k2, to, d - from);
            Array.Copy(postings, from, p2, to, d - from);
            to += d - from;
            from = d + 1;
        }
        return (k2, p2);
    }

    private readonly Lazy<SkeletonIndex> _skeletons;

    /// <summary>
    /// The main names of several words, written as one ("Petion Ville" as "petionville"), hashed beside their place's
    /// index, sorted: built on first use, so loading stays fast.
    /// </summary>
    private readonly Lazy<(ulong[] Keys, int[] Places)> _joined;

    private static (ulong[] Keys, int[] Places) JoinedIndexOf(Place[] places)
    {
        var keys = new List<ulong>();
        var postings = new List<int>();
        for (int i = 0; i < places.Length; i++)
        {
            var folded = TextFold.Fold(places[i].Name);
            if (!folded.Contains(' ')) continue;
            keys.Add(TextFold.Hash(Joined(folded)));
            postings.Add(i);
        }
        var (k, p) = (keys.ToArray(), postings.ToArray());
        Array.Sort(k, p);
        return (k, p);
    }

    /// <summary>A folded name without its spaces: what is left of its hyphens and spaces when a writer joins its words.</summary>
    private static string Joined(string folded) => folded.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>A joined name this short ("al ain", "el") is too likely another word written as one.</summary>
    private const int MinJoinedLength = 5;

    /// <summary>
    /// Places and divisions whose name is another transliteration of <paramref name="folded"/> ("Rajouri"
    /// for GeoNames' "Rajauri"): the same consonant skeleton and a small edit distance. Only main names
    /// take part, not alternate ones. The index behind it is built on first use, so loading stays fast.
    /// </summary>
    public (IReadOnlyList<Place> Places, IReadOnlyList<Admin1> Admin1s, IReadOnlyList<Admin2> Admin2s) FindByTransliteration(string folded) =>
        _skeletons.Value.Find(folded);

    private void IndexDivisions(GazetteerData data)
    {
        foreach (var a in data.Admin1) _admin1[a.Key] = a;
        foreach (var a in data.Admin2) _admin2[a.Admin1Key + "." + a.Code] = a;
        foreach (var c in data.Countries) Add(_countryByName, TextFold.Fold(c.Name), c);
        foreach (var a in data.Admin1)
        {
            foreach (var key in DivisionKeys(a.Name)) Add(_admin1ByName, key, a);
            if (a.CommonName.Length > 0)
                foreach (var key in DivisionKeys(a.CommonName)) Add(_admin1ByName, key, a);
        }
        // An alias is read as a division's name is: "Al Jazira" is also "Jazira state", "al-Jazira".
        foreach (var (alias, a) in data.Admin1Aliases)
            foreach (var key in DivisionKeys(alias)) Add(_admin1ByName, key, a);
        foreach (var a in data.Admin2)
            foreach (var key in DivisionKeys(a.Name)) Add(_admin2ByName, key, a);
        foreach (var (alias, a) in data.Admin2Aliases)
        {
            foreach (var key in DivisionKeys(alias)) Add(_admin2ByName, key, a);
            _admin2Written.TryAdd(a, alias);
        }
    }

    private void FindSeats()
    {
        foreach (var p in _places)
        {
            if (p.Admin2Code.Length > 0)
            {
                // A district's seat: its PPLA2 if GeoNames marks one, else its most populous place.
                var key2 = (p.CountryCode, p.Admin1Code, p.Admin2Code);
                if (!_admin2Seat.TryGetValue(key2, out var s2) || Rank2(p).CompareTo(Rank2(s2)) > 0) _admin2Seat[key2] = p;
            }
            if (p.IsCapital && (!_capital.TryGetValue(p.CountryCode, out var c) || c.Population < p.Population)) _capital[p.CountryCode] = p;
            if (p.IsAdmin1Seat)
            {
                var key = (p.CountryCode, p.Admin1Code);
                if (!_admin1Seat.TryGetValue(key, out var s) || s.Population < p.Population)
                    _admin1Seat[key] = p;
            }
        }
    }
    public int PlaceCount { get; }
    public int NameCount { get; }
    public IEnumerable<Country> Countries => _countries.Values;

    /// <summary>Every place whose name or alternate name folds to <paramref name="folded"/>.</summary>
    public IReadOnlyList<Place> FindPlaces(string folded) => FindPlaceMatches(folded).Select(m => m.Place).ToList();

    /// <summary>
    /// Every place whose name or alternate name folds to <paramref name="folded"/>, and which of the two it was. When none
    /// does, the places whose name is the same once hyphens and spaces are dropped from both: "Petion-Ville" finds GeoNames'
    /// "Petionville", and "Petionville" a place GeoNames writes "Petion-Ville" (its main name).
    /// </summary>
    public IReadOnlyList<PlaceMatch> FindPlaceMatches(string folded)
    {
        var exact = MatchesOf(folded);
        if (exact.Count > 0) return exact;
        var joined = Joined(folded);
        if (joined.Length < MinJoinedLength) return exact;
        if (joined.Length < folded.Length && MatchesOf(joined) is { Count: > 0 } asOneWord) return asOneWord;
        var (keys, postings) = _joined.Value;
        var key = TextFold.Hash(joined);
        int i = Array.BinarySearch(keys, key);
        if (i < 0) return exact;
        while (i > 0 && keys[i - 1] == key) i--;
        var result = new List<PlaceMatch>(1);
        for (; i < keys.Length && keys[i] == key; i++) result.Add(new PlaceMatch(_places[postings[i]], ByAlternateName: false));
        return result;
    }

    private List<PlaceMatch> MatchesOf(string folded)
    {
        var key = TextFold.Hash(folded);
        int i = Array.BinarySearch(_keys, key);
        if (i < 0) return [];
        while (i > 0 && _keys[i - 1] == key) i--;
        // Sized once for every posting of the key: a common name ("San Jose") has hundreds.
        int end = i + 1;
        while (end < _keys.Length && _keys[end] == key) end++;
        var result = new List<PlaceMatch>(end - i);
        for (; i < end; i++)
        {
            var match = new PlaceMatch(_places[_postings[i] >> 1], (_postings[i] & 1) == 1);
            int same = result.FindIndex(m => m.Place == match.Place);
            if (same < 0) result.Add(match);
            else if (!match.ByAlternateName) result[same] = match;
        }
        return result;
    }

    public IReadOnlyList<Admin1> FindAdmin1(string folded) => _admin1ByName.TryGetValue(folded, out var l) ? l : [];
    public IReadOnlyList<Admin2> FindAdmin2(string folded) => _admin2ByName.TryGetValue(folded, out var l) ? l : [];
    public IReadOnlyList<Country> FindCountry(string folded) => _countryByName.TryGetValue(folded, out var l) ? l : [];

    public Country? Country(string iso2) => _countries.GetValueOrDefault(iso2);

    /// <summary>
    /// The ISO 3166 alpha-2 code of a country given by its code ("ML") or by a name the gazetteer knows ("Mali"), as a
    /// watched source's <c>country:</c> gives it; null when it names no country or more than one.
    /// </summary>
    public string? CountryCodeOf(string nameOrCode)
    {
        var v = nameOrCode.Trim();
        if (v.Length == 2 && Country(v.ToUpperInvariant()) is { } byCode) return byCode.Iso2;
        return FindCountry(TextFold.Fold(v)) is [var one] ? one.Iso2 : null;
    }
    public Admin1? Admin1Of(string countryCode, string admin1Code) => _admin1.GetValueOrDefault(countryCode + "." + admin1Code);
    public Admin2? Admin2Of(string countryCode, string admin1Code, string admin2Code) => _admin2.GetValueOrDefault(countryCode + "." + admin1Code + "." + admin2Code);
    public Admin1? Admin1Of(Place p) => Admin1Of(p.CountryCode, p.Admin1Code);
    public Admin2? Admin2Of(Place p) => Admin2Of(p.CountryCode, p.Admin1Code, p.Admin2Code);

    /// <summary>
    /// The first-level division ACLED writes for places of <paramref name="a2"/> where it counts that second-level division
    /// as one of the first level (admin1-splits.tsv: Serbia's City of Belgrade), or null where GeoNames' first level stands.
    /// </summary>
    public string? SplitAdmin1(Admin2 a2) => Admin1Splits.GetValueOrDefault((a2.CountryCode, a2.Name));

    /// <summary>admin1-splits.tsv: per (country, GeoNames second-level name), the first-level name ACLED writes.</summary>
    private IReadOnlyDictionary<(string Country, string Admin2), string> Admin1Splits { get; init; } = new Dictionary<(string, string), string>();

    /// <summary>The seat of a first-level division: where ACLED puts an event known only to the region.</summary>
    public Place? SeatOf(Admin1 a) => _admin1Seat.GetValueOrDefault((a.CountryCode, a.Code));
    public Place? CapitalOf(string iso2) => _capital.GetValueOrDefault(iso2);
    public Place? SeatOf(Admin2 a) => _admin2Seat.GetValueOrDefault((a.CountryCode, a.Admin1Code, a.Code));

    /// <summary>
    /// A district's name as its country's maps and ACLED write it: the first other name admin2-aliases.tsv gives it
    /// ("Macomia" for GeoNames' "Circunscrição de Macomia", "Soum" for "Djelgodji"), else GeoNames' name.
    /// </summary>
    public string WrittenName(Admin2 a) => _admin2Written.GetValueOrDefault(a) ?? a.Name;

    private static (int, long) Rank2(Place p) => (p.FeatureCode is "PPLA2" or "PPLA" or "PPLC" ? 1 : 0, p.Population);

    /// <summary>
    /// A division's folded name, and the same without words such as "district" or "province" around it
    /// (data/gazetteer/division-name-words.tsv): the keys the index finds it under.
    /// </summary>
    public IEnumerable<string> DivisionKeys(string name) => DivisionNames.Keys(name);

    /// <summary>The words around a division's name it is also found without.</summary>
    public DivisionNameWords DivisionNames { get; }

    /// <summary>A first-level division's name as ACLED writes it, under this gazetteer's division words (<see cref="Admin1.AcledName"/>).</summary>
    public string AcledName(Admin1 a) => a.AcledName(DivisionNames);

    private static void Add<T>(Dictionary<string, List<T>> d, string key, T value)
    {
        if (key.Length == 0) return;
        if (!d.TryGetValue(key, out var list)) d[key] = list = new List<T>(1);
        if (!list.Contains(value)) list.Add(value);
    }

    /// <summary>
    /// The gazetteer of a data folder: gazetteer/gazetteer.bin.gz, with overlay.csv, admin1-aliases.tsv, admin2-aliases.tsv,
    /// admin1-splits.tsv and division-name-words.tsv beside it.
    /// </summary>
    public static GazetteerIndex LoadFrom(string dataDirectory)
    {
        var dir = Path.Combine(dataDirectory, "gazetteer");
        return Load(Path.Combine(dir, FileName), Path.Combine(dir, "overlay.csv"), Path.Combine(dir, "admin1-aliases.tsv"), Path.Combine(dir, "admin2-aliases.tsv"),
            Path.Combine(dir, "admin1-splits.tsv"), DivisionNameWords.Load(dataDirectory));
    }

    /// <summary>The name of the compact gazetteer file in a data folder's gazetteer/.</summary>
    public const string FileName = "gazetteer.bin.gz";

    /// <summary>
    /// Loads the compact file and, when given, the overlay CSV, the admin1 and admin2 aliases, the admin1 splits and the
    /// words around division names (else the shipped ones, <see cref="DivisionNameWords.Default"/>).
    /// </summary>
    public static GazetteerIndex Load(string file, string? overlayCsv = null, string? admin1Aliases = null, string? admin2Aliases = null, string? admin1Splits = null,
        DivisionNameWords? divisionNames = null) =>
        new(GazetteerData.Read(file, overlayCsv, admin1Aliases, admin2Aliases, divisionNames ?? DivisionNameWords.Default)) { Admin1Splits = ReadSplits(admin1Splits) };

    /// <summary>The rows of admin1-splits.tsv (absent: none); a row without its three columns is a <see cref="GazetteerFormatException"/>.</summary>
    private static Dictionary<(string, string), string> ReadSplits(string? file)
    {
        var splits = new Dictionary<(string, string), string>();
        if (file is null || !File.Exists(file)) return splits;
        foreach (var (line, f) in GazetteerData.AliasLines(file))
        {
            if (f.Length < 3 || f.Take(3).Any(x => x.Trim().Length == 0))
                throw new GazetteerFormatException(file, line, "a country, a second-level division and the first-level name ACLED writes are needed");
            splits[(f[0].Trim(), f[1].Trim())] = f[2].Trim();
        }
        return splits;
    }
}
