namespace Sitrep.Bench;

/// <summary>The repository's data folder, found from the working directory up.</summary>
internal static class Paths
{
    public static string Data { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "data", "gazetteer", "gazetteer.bin.gz"))) return Path.Combine(dir.FullName, "data");
        return Environment.GetEnvironmentVariable("SITREP_DATA") ?? throw new DirectoryNotFoundException("Run from the repository, or set SITREP_DATA.");
    }
}
