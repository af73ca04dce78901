using Sitrep.Gazetteer;

namespace Sitrep.Resources;

/// <summary>Everything coding reads besides the document: a language's lexicon and the gazetteer.</summary>
public sealed class CodingResources(Lexicon lexicon, GazetteerIndex gazetteer)
{
    public Lexicon Lexicon { get; } = lexicon;
    public GazetteerIndex Gazetteer { get; } = gazetteer;

    /// <summary>The data folder: <c>SITREP_DATA</c> if set, else <c>data/</c> beside the program.</summary>
    public static string DefaultDataDirectory()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_DATA");
        if (!string.IsNullOrEmpty(env)) return env;
        return Path.Combine(AppContext.BaseDirectory, "data");
    }

    public static CodingResources Load(string? dataDirectory = null, string language = "en")
    {
        var dir = dataDirectory ?? DefaultDataDirectory();
        return new CodingResources(Lexicon.Load(dir, language), GazetteerIndex.LoadFrom(dir));
    }
}
