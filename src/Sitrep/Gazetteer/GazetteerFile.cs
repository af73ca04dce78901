using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using Sitrep.Text;

namespace Sitrep.Gazetteer;

/// <summary>
/// The shipped gazetteer's binary form (gzip-compressed): countries, divisions, places with their
/// codes in a string table, and the place-name index already hashed and sorted, so loading is
/// reading arrays rather than parsing and hashing hundreds of thousands of names.
/// </summary>
internal static class GazetteerFile
{
    private const string Magic = "SITREP-GAZETTEER";
    private const int Version = 4;
    // Places are written in this many blocks, each preceded by its length, so loading parses them side by side.
    private const int PlaceBlocks = 4;

    public static void Write(GazetteerData data, string path)
    {
        var (keys, postings) = IndexOf(data);
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Code(string s)
        {
            if (!table.TryGetValue(s, out var i)) { i = strings.Count; table[s] = i; strings.Add(s); }
            return i;
        }
        var placeCodes = data.Places.Select(p => (F: Code(p.FeatureCode), C: Code(p.CountryCode), A1: Code(p.Admin1Code), A2: Code(p.Admin2Code))).ToList();

        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        using (var gz = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var w = new BinaryWriter(gz, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write("Derived from GeoNames (https://www.geonames.org), CC BY 4.0.");
            w.Write(data.Countries.Count);
            foreach (var c in data.Countries)
            {
                w.Write(c.Iso2); w.Write(c.Iso3); w.Write(c.IsoNumeric); w.Write(c.Name); w.Write(c.Region); w.Write(c.CapitalName);
                w.Write(string.Join(',', c.Neighbours));
            }
            w.Write(data.Admin1.Count);
            foreach (var a in data.Admin1) { w.Write(a.CountryCode); w.Write(a.Code); w.Write(a.Name); w.Write(a.CommonName); }
            w.Write(data.Admin2.Count);
            foreach (var a in data.Admin2) { w.Write(a.CountryCode); w.Write(a.Admin1Code); w.Write(a.Code); w.Write(a.Name); }
            w.Write(strings.Count);
            foreach (var s in strings) w.Write(s);
            w.Write(data.Places.Count);
            w.Write(PlaceBlocks);
            int perBlock = (data.Places.Count + PlaceBlocks - 1) / PlaceBlocks;
            for (int b = 0; b < PlaceBlocks; b++)
            {
                using var block = new MemoryStream();
                using (var bw = new BinaryWriter(block, Encoding.UTF8, leaveOpen: true))
                    for (int i = b * perBlock; i < Math.Min(data.Places.Count, (b + 1) * perBlock); i++)
                    {
                        var p = data.Places[i];
                        var c = placeCodes[i];
                        bw.Write(p.Id); bw.Write(p.Name); bw.Write(p.Latitude); bw.Write(p.Longitude);
                        bw.Write(c.F); bw.Write(c.C); bw.Write(c.A1); bw.Write(c.A2); bw.Write(p.Population);
                    }
                w.Write((int)block.Length);
                w.Write(block.GetBuffer(), 0, (int)block.Length);
            }
            w.Write(keys.Length);
            w.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(postings.AsSpan()));
            var (skeletonKeys, skeletonPostings) = SkeletonIndexOf(data.Places, 0);
            w.Write(skeletonKeys.Length);
            w.Write(MemoryMarshal.AsBytes(skeletonKeys.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(skeletonPostings.AsSpan()));
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The records and prebuilt indexes of a gazetteer file, to be indexed under <paramref name="divisionNames"/>' keys (none by default).</summary>
    public static GazetteerData Read(string path, DivisionNameWords? divisionNames = null)
    {
        if (!File.Exists(path)) throw new GazetteerFormatException(path, 0, "no gazetteer here; build it with 'sitrep gazetteer build --geonames DIR'");
        // Decompress in large blocks into memory first: the many small reads of parsing are then memory reads.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        var raw = new MemoryStream(32 << 20);
        gz.CopyTo(raw, 1 << 20);
        raw.Position = 0;
        using var r = new BinaryReader(raw, Encoding.UTF8);
        try
        {
            if (r.ReadString() != Magic) throw new GazetteerFormatException(path, 0, "not a Sitrep gazetteer file; rebuild it with 'sitrep gazetteer build'");
            if (r.ReadInt32() != Version) throw new GazetteerFormatException(path, 0, "a gazetteer of another version; rebuild it with 'sitrep gazetteer build'");
            r.ReadString(); // attribution
            var countries = new List<Country>();
            int n = r.ReadInt32();
            for (int i = 0; i < n; i++)
                countries.Add(new Country(r.ReadString(), r.ReadString(), r.ReadInt32(), r.ReadString(), r.ReadString(), r.ReadString(),
                    r.ReadString().Split(',', StringSplitOptions.RemoveEmptyEntries)));
            var admin1 = new List<Admin1>();
            n = r.ReadInt32();
            for (int i = 0; i < n; i++) admin1.Add(new Admin1(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString()));
            var admin2 = new List<Admin2>();
            n = r.ReadInt32();
            for (int i = 0; i < n; i++) admin2.Add(new Admin2(r.ReadString(), r.ReadString(), r.ReadString(), r.ReadString()));
            var strings = new string[r.ReadInt32()];
            for (int i = 0; i < strings.Length; i++) strings[i] = r.ReadString();
            n = r.ReadInt32();
            int blocks = r.ReadInt32();
            int perBlock = (n + blocks - 1) / blocks;
            var buffer = raw.GetBuffer();
            var spans = new (int Offset, int Length)[blocks];
            for (int b = 0; b < blocks; b++)
            {
                int length = r.ReadInt32();
                spans[b] = ((int)raw.Position, length);
                raw.Position += length;
            }
            var places = new Place[n];
            Parallel.For(0, blocks, b =>
            {
                using var br = new BinaryReader(new MemoryStream(buffer, spans[b].Offset, spans[b].Length, writable: false), Encoding.UTF8);
                for (int i = b * perBlock; i < Math.Min(n, (b + 1) * perBlock); i++)
                    places[i] = new Place(br.ReadInt32(), br.ReadString(), br.ReadDouble(), br.ReadDouble(),
                        strings[br.ReadInt32()], strings[br.ReadInt32()], strings[br.ReadInt32()], strings[br.ReadInt32()], br.ReadInt64(), "GeoNames");
            });
            int k = r.ReadInt32();
            var keys = new ulong[k];
            var postings = new int[k];
            raw.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
            raw.ReadExactly(MemoryMarshal.AsBytes(postings.AsSpan()));
            int sk = r.ReadInt32();
            var skeletonKeys = new ulong[sk];
            var skeletonPostings = new int[sk];
            raw.ReadExactly(MemoryMarshal.AsBytes(skeletonKeys.AsSpan()));
            raw.ReadExactly(MemoryMarshal.AsBytes(skeletonPostings.AsSpan()));
            var data = new GazetteerData
            {
                Keys = keys, Postings = postings, SkeletonKeys = skeletonKeys, SkeletonPostings = skeletonPostings, SkeletonPlaces = sk,
                DivisionNames = divisionNames ?? DivisionNameWords.None,
            };
            data.Countries.AddRange(countries);
            data.Admin1.AddRange(admin1);
            data.Admin2.AddRange(admin2);
            data.Places.AddRange(places);
            return data;
        }
        catch (EndOfStreamException)
        {
            throw new GazetteerFormatException(path, 0, "the file ends early; rebuild it with 'sitrep gazetteer build'");
        }
        catch (InvalidDataException e)
        {
            throw new GazetteerFormatException(path, 0, "not gzip data: " + e.Message);
        }
    }

    /// <summary>The skeleton hashes of the main names of places from <paramref name="first"/> on, with their indices, sorted by hash.</summary>
    public static (ulong[] Keys, int[] Postings) SkeletonIndexOf(IReadOnlyList<Place> places, int first)
    {
        var keys = new ulong[places.Count - first];
        var postings = new int[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = NameSkeleton.HashOf(TextFold.Fold(places[first + i].Name));
            postings[i] = first + i;
        }
        Array.Sort(keys, postings);
        return (keys, postings);
    }

    /// <summary>The name index of all the data's places: the prebuilt one, merged with that of places added since (by import or overlay).</summary>
    public static (ulong[] Keys, int[] Postings) IndexOf(GazetteerData data)
    {
        if (data.Names.Count == 0) return (data.Keys, data.Postings);
        int first = data.FirstUnindexedPlace;
        var (extraKeys, extraPostings) = BuildIndex(data.Names.Count, data.Names.Select((names, i) => (first + i, names)));
        var keys = new ulong[data.Keys.Length + extraKeys.Length];
        var postings = new int[keys.Length];
        int a = 0, b = 0;
        for (int k = 0; k < keys.Length; k++)
        {
            bool takeA = b >= extraKeys.Length || (a < data.Keys.Length && data.Keys[a] <= extraKeys[b]);
            (keys[k], postings[k]) = takeA ? (data.Keys[a], data.Postings[a++]) : (extraKeys[b], extraPostings[b++]);
        }
        return (keys, postings);
    }

    /// <summary>
    /// The name index: for every folded name of every place, its hash and a posting (the place's index
    /// times two, plus one when the name is an alternate one), sorted by hash.
    /// </summary>
    public static (ulong[] Keys, int[] Postings) BuildIndex(int capacity, IEnumerable<(int Place, string[] Names)> places)
    {
        var pairs = new List<(ulong Key, int Posting)>(capacity * 3);
        foreach (var (i, names) in places)
            for (int n = 0; n < names.Length; n++)
                pairs.Add((TextFold.Hash(names[n]), i * 2 + (n == 0 || names[n] == names[0] ? 0 : 1)));
        pairs.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Posting.CompareTo(b.Posting));
        var keys = new ulong[pairs.Count];
        var postings = new int[pairs.Count];
        for (int i = 0; i < pairs.Count; i++) (keys[i], postings[i]) = pairs[i];
        return (keys, postings);
    }
}
