namespace Sitrep.Resources;

/// <summary>
/// Reads the project's data files: tab-separated, <c>#</c> starts a comment line, blank
/// lines are skipped. Every row carries its 1-based line so errors can name it.
/// </summary>
public static class TsvFile
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, int minFields = 1)
    {
        if (!File.Exists(path)) throw new ResourceFormatException(path, 0, "file not found");
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var fields = line.Split('\t').Select(f => f.Trim()).ToArray();
            if (fields.Length < minFields)
                throw new ResourceFormatException(path, lineNo, $"expected at least {minFields} tab-separated fields, found {fields.Length}");
            yield return (lineNo, fields);
        }
    }
}
