using Sitrep.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>
/// How many documents a batch of paths holds, for the progress display's ETA: one per text or HTML file, one
/// per non-blank line of a JSONL file. Null when it cannot be known up front (stdin, URLs, feeds).
/// </summary>
internal static class DocumentCount
{
    public static int? Of(IEnumerable<string> paths, InputFormat forced)
    {
        int count = 0;
        foreach (var path in paths)
        {
            if (path == "-" || path.Contains("://", StringComparison.Ordinal)) return null;
            IEnumerable<string> files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(f => DocumentReader.FormatOf(f, InputFormat.Auto) is not null)
                : [path];
            foreach (var file in files)
            {
                var format = DocumentReader.FormatOf(file, forced);
                if (format is null && !Directory.Exists(path)) return null; // a feed file or an unknown kind: ingest decides
                count += format == InputFormat.Jsonl ? Lines(file) : 1;
            }
        }
        return count;
    }

    private static int Lines(string file)
    {
        try
        {
            return File.ReadLines(file).Count(l => !string.IsNullOrWhiteSpace(l));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 1; // the reader reports the failure itself
        }
    }
}
