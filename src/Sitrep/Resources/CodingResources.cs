using System.Collections.Concurrent;
using Sitrep.Documents;
using Sitrep.Gazetteer;

namespace Sitrep.Resources;

/// <summary>
/// Everything coding reads besides the document: a language's lexicon and the gazetteer. Loaded from a data folder,
/// it also reaches the folder's other languages: <see cref="For(Document)"/> gives the resources for a document's own
/// language, loading that language's lexicon on first use and sharing the one gazetteer.
/// </summary>
public sealed class CodingResources
{
    private readonly LanguagePacks? _packs;

    /// <summary>Resources for one language only, as tests build them: every document is coded with <paramref name="lexicon"/>.</summary>
    public CodingResources(Lexicon lexicon, GazetteerIndex gazetteer) : this(lexicon, gazetteer, null) { }

    private CodingResources(Lexicon lexicon, GazetteerIndex gazetteer, LanguagePacks? packs)
    {
        Lexicon = lexicon;
        Gazetteer = gazetteer;
        _packs = packs;
    }

    public Lexicon Lexicon { get; }
    public GazetteerIndex Gazetteer { get; }

    /// <summary>The language ACLED writes its names in: only a text in it may give a place's name as it spells it.</summary>
    public const string AcledLanguage = "en";

    /// <summary>This lexicon's language: the one documents that name none and are not detected otherwise are coded in.</summary>
    public string Language => Lexicon.Language;

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
        return InFolder(dir, Lexicon.Load(dir, language), GazetteerIndex.LoadFrom(dir));
    }

    /// <summary>
    /// Resources over a lexicon and gazetteer already loaded from <paramref name="dataDirectory"/> (as <c>bench</c> loads
    /// them, to time each), reaching the folder's other languages as <see cref="Load"/>'s do.
    /// </summary>
    public static CodingResources InFolder(string dataDirectory, Lexicon lexicon, GazetteerIndex gazetteer)
    {
        var packs = new LanguagePacks(dataDirectory);
        var resources = new CodingResources(lexicon, gazetteer, packs);
        packs.Add(resources);
        return resources;
    }

    /// <summary>The languages a document may be coded in: the folders of the data folder that hold a lexicon.</summary>
    public IReadOnlyList<string> Languages => _packs?.Languages ?? [Language];

    /// <summary>Whether a language pack ships for <paramref name="language"/>.</summary>
    public bool Supports(string language) => Languages.Contains(language);

    /// <summary>
    /// The language <paramref name="document"/> is coded in: the one it names (its input or <c>--lang</c>), else the one
    /// its text is detected to be in, else this resources' own.
    /// </summary>
    public string LanguageOf(Document document) =>
        document.Language ?? (_packs?.Detector.Detect(document.Text) is { } detected && Supports(detected) ? detected : Language);

    /// <summary>The resources for <paramref name="document"/>'s language (<see cref="LanguageOf"/>).</summary>
    public CodingResources For(Document document) => In(LanguageOf(document));

    /// <summary>The resources for <paramref name="language"/>, loaded on first use; a missing pack is a <see cref="ResourceFormatException"/>.</summary>
    public CodingResources In(string language)
    {
        if (language == Language) return this;
        if (_packs is null) throw new ResourceFormatException(language, 0, $"no resources for language '{language}': these resources hold '{Language}' only");
        return _packs.Get(language, this);
    }

    /// <summary>The language packs of one data folder: each lexicon loaded once, on first use, and shared by threads.</summary>
    private sealed class LanguagePacks(string dataDirectory)
    {
        private readonly ConcurrentDictionary<string, Lazy<CodingResources>> _loaded = new(StringComparer.Ordinal);
        private readonly Lazy<LanguageDetector> _detector = new(() => LanguageDetector.Load(dataDirectory));

        public LanguageDetector Detector => _detector.Value;

        private readonly Lazy<IReadOnlyList<string>> _languages = new(() => Directory.Exists(dataDirectory)
            ? Directory.EnumerateDirectories(dataDirectory).Where(d => File.Exists(Path.Combine(d, "triggers.tsv"))).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : []);

        public IReadOnlyList<string> Languages => _languages.Value;

        public void Add(CodingResources resources) => _loaded[resources.Language] = new Lazy<CodingResources>(resources);

        public CodingResources Get(string language, CodingResources any) =>
            _loaded.GetOrAdd(language, l => new Lazy<CodingResources>(() => new CodingResources(Lexicon.Load(dataDirectory, l), any.Gazetteer, this))).Value;
    }
}
