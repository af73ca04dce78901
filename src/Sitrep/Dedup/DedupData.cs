using Sitrep.Resources;

namespace Sitrep.Dedup;

/// <summary>
/// How the matcher's tables are found in a data folder, written once: the shipped copy of each table, loaded on
/// first use; the rows of a table file that a folder may lack (a table without its file is empty, so an older or
/// partial data folder still codes); and a file every language pack may hold.
/// </summary>
public static class DedupData
{
    /// <summary>A row of a table file: the file, for errors naming it, the line and the fields.</summary>
    public readonly record struct Row(string Path, int Line, string[] Fields);

    /// <summary>The table as the data folder the program runs with holds it, loaded once and shared across threads.</summary>
    public static T Shipped<T>() where T : IDedupTable<T> => ShippedCopy<T>.Value.Value;

    /// <summary>The rows of <paramref name="fileName"/> (a path under the data folder); none when the folder lacks the file.</summary>
    public static IEnumerable<Row> Rows(string dataDirectory, string fileName, int minFields = 1)
    {
        var path = Path.Combine(dataDirectory, fileName);
        return File.Exists(path) ? TsvFile.Read(path, minFields).Select(r => new Row(path, r.Line, r.Fields)) : [];
    }

    /// <summary>The rows of <paramref name="fileName"/> in every language pack of the data folder that has it, pack by pack in name order.</summary>
    public static IEnumerable<Row> RowsInEachPack(string dataDirectory, string fileName, int minFields = 1) =>
        Directory.Exists(dataDirectory)
            ? Directory.EnumerateDirectories(dataDirectory).Order(StringComparer.Ordinal).SelectMany(pack => Rows(pack, fileName, minFields))
            : [];

    private static class ShippedCopy<T> where T : IDedupTable<T>
    {
        public static readonly Lazy<T> Value = new(() => T.Load(CodingResources.DefaultDataDirectory()));
    }
}
