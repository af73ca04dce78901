namespace Sitrep.Monitor;

/// <summary>Why a source list was refused: the file, the 1-based line, and the problem.</summary>
public sealed record WatchConfigError(string File, int Line, string Problem)
{
    public override string ToString() => $"{File}:{Line}: {Problem}";
}
