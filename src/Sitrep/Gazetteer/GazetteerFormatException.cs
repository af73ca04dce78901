namespace Sitrep.Gazetteer;

/// <summary>A gazetteer or overlay file that cannot be read; the message names the file and line.</summary>
public sealed class GazetteerFormatException(string file, int line, string detail)
    : Exception(line > 0 ? $"{file}:{line}: {detail}" : $"{file}: {detail}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
