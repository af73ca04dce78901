namespace Sitrep.Resources;

/// <summary>A data file (lexicon, dictionary) with a bad row; the message names the file and line.</summary>
public sealed class ResourceFormatException(string file, int line, string detail)
    : Exception(line > 0 ? $"{file}:{line}: {detail}" : $"{file}: {detail}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
}
