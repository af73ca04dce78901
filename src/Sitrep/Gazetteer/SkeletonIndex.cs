using Sitrep.Text;

namespace Sitrep.Gazetteer;

/// <summary>
/// The gazetteer's main names by consonant skeleton (<see cref="NameSkeleton"/>): places in two sorted
/// parallel arrays of skeleton hashes and place indices, divisions in dictionaries. A lookup finds the
/// names sharing the skeleton and keeps those <see cref="NameSkeleton.Close"/> to the text's spelling.
/// </summary>
internal sealed class SkeletonIndex
{
    private readonly Place[] _places;
    private readonly ulong[] _keys;
    private readonly int[] _postings;
    private readonly Dictionary<string, List<(string Folded, Admin1 Division)>> _admin1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Folded, Admin2 Division)>> _admin2 = new(StringComparer.Ordinal);

    /// <summary>
    /// From the skeleton index prebuilt in the gazetteer file for the first <paramref name="indexedPlaces"/> places
    /// (the rest, from an overlay, are added here) and the division names already folded by the main index.
    /// </summary>
    public SkeletonIndex(Place[] places, ulong[] keys, int[] postings, int indexedPlaces,
        Dictionary<string, List<Admin1>> admin1ByName, Dictionary<string, List<Admin2>> admin2ByName)
    {
        _places = places;
        if (indexedPlaces == places.Length)
            (_keys, _postings) = (keys, postings);
        else
        {
            var (extraKeys, extraPostings) = GazetteerFile.SkeletonIndexOf(places, indexedPlaces);
            _keys = [.. keys, .. extraKeys];
            _postings = [.. postings, .. extraPostings];
            Array.Sort(_keys, _postings);
        }
        foreach (var (folded, divisions) in admin1ByName)
            foreach (var a in divisions) Add(_admin1, folded, a);
        foreach (var (folded, divisions) in admin2ByName)
            foreach (var a in divisions) Add(_admin2, folded, a);
    }

    private static void Add<T>(Dictionary<string, List<(string, T)>> d, string folded, T division)
    {
        var skeleton = NameSkeleton.Of(folded);
        if (skeleton.Length < 3) return;
        if (!d.TryGetValue(skeleton, out var list)) d[skeleton] = list = [];
        list.Add((folded, division));
    }

    public (IReadOnlyList<Place> Places, IReadOnlyList<Admin1> Admin1s, IReadOnlyList<Admin2> Admin2s) Find(string folded)
    {
        var skeleton = NameSkeleton.Of(folded);
        if (skeleton.Length < 3) return ([], [], []);
        var places = new List<Place>();
        var key = TextFold.Hash(skeleton);
        int i = Array.BinarySearch(_keys, key);
        if (i >= 0)
        {
            while (i > 0 && _keys[i - 1] == key) i--;
            for (; i < _keys.Length && _keys[i] == key; i++)
            {
                var p = _places[_postings[i]];
                if (NameSkeleton.Close(folded, TextFold.Fold(p.Name))) places.Add(p);
            }
        }
        var admin1 = _admin1.TryGetValue(skeleton, out var l1) ? l1.Where(x => NameSkeleton.Close(folded, x.Folded)).Select(x => x.Division).Distinct().ToList() : [];
        var admin2 = _admin2.TryGetValue(skeleton, out var l2) ? l2.Where(x => NameSkeleton.Close(folded, x.Folded)).Select(x => x.Division).Distinct().ToList() : [];
        return (places, admin1, admin2);
    }
}
