using System.Text;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// Words of a language live in the language packs (data/&lt;lang&gt;/), not in the engine's C#: this walks every source
/// of the engine (src/Sitrep) and fails on a string literal that is a word or phrase of a language. Identifiers (rule and
/// stage names in kebab case, the keywords of the data files' columns, the event's field names), format strings and
/// file names are allowed; outside Coding/ and Resources/ so are the names formats and protocols give (JSON and CSV
/// fields, HTML and feed elements), messages to the user and the other kinds <see cref="AllowedByKind"/> lists, and in
/// the one file of their format the function words a format also uses as keywords (<see cref="AllowedInFile"/>). No file may hold one: a word the engine needs goes into word-classes.tsv or a list of its own.
/// Nor may the engine write one of ACLED's names or values ("Military Forces of {country}", "Civilian targeting"): those
/// are the codebook's, in data/acled/; that walk too covers every engine source.
/// </summary>
public partial class EngineLiteralTests
{
    /// <summary>Literals that name things rather than say them: data-file keywords, event field names, stage names.</summary>
    private static readonly HashSet<string> Identifiers =
    [
        // triggers.tsv kinds, casualties.tsv kinds, place-cues.tsv positions, cues and what a phrase names, calendar.tsv kinds
        "noun", "firearms", "death", "injury", "transitive", "before", "after", "at", "near", "kind", "part", "between", "route-end", "settlement", "month", "weekday", "day", "week", "weekend",
        // discourse.tsv roles
        "claim", "agent", "report", "modality", "passive", "accident", "cause", "crime", "campaign", "demand", "sport", "pursuit",
        // news-structure.tsv parts, count-qualifiers.tsv kinds
        "byline", "boilerplate", "credit", "caption", "about",
        // data/acled/type-precedence.tsv rules
        "harm",
        // data/acled/state-forces.tsv: every kind of a state's forces
        "state",
        // the event's JSON field names and the resolution stages' names
        "location", "fatalities", "country", "actors", "date", "place", "tags", "frame",
        // the annotation stages' names
        "tokenizer", "sentences", "dates", "background", "triggers", "places", "frames", "structure",
        // the data folder's name, and a message to the user (messages are output, not words the coder reads)
        "data", "acled", "file not found",
        // language codes
        "en", "fr",
    ];

    /// <summary>
    /// Capitalised literals that are not ACLED's words: GeoJSON's type names, the columns of the sub-event classifier's
    /// model (Evaluation/SubEventClassifier.cs), HTTP's conditional request headers and the program's name; and the taxonomy
    /// entries the mechanisms name (Events/Taxonomy.cs resolves each against data/acled/taxonomy.tsv when it loads, and
    /// fails there on one it lacks).
    /// </summary>
    private static readonly HashSet<string> NameIdentifiers = ["Point", "Feature", "Features", "Label", "Text", "If-Modified-Since", "If-None-Match", "Sitrep"];
    private const string TaxonomyFile = "Events/Taxonomy.cs";

    [Fact]
    public void The_engine_sources_write_no_acled_name()
    {
        var problems = new List<string>();
        foreach (var (rel, code) in EngineSources())
        {
            if (rel == TaxonomyFile) continue;
            var names = Literals(code).Where(IsAcledName).ToList();
            if (names.Count > 0)
                problems.Add($"{rel}: {names.Count} literals that are ACLED's names: {string.Join(", ", names.Distinct().Take(12).Select(w => $"\"{w}\""))}");
        }
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Theory]
    [InlineData("Civilian targeting", true)]
    [InlineData("Military Forces of {country}", true)]
    [InlineData("Protesters ({country})", true)]
    [InlineData("Unidentified", true)]
    [InlineData("Explosions/Remote violence", true)]
    [InlineData("Point", false)]
    [InlineData("ACLED", false)]
    [InlineData("{0} was {1}", false)]
    [InlineData("Sitrep.Coding", false)]
    public void An_acled_name_is_capitalised_words_and_slots(string literal, bool name) =>
        IsAcledName(literal).ShouldBe(name);

    private static bool IsAcledName(string literal) => AcledNamePattern().IsMatch(literal) && !NameIdentifiers.Contains(literal);

    /// <summary>A capitalised word, then words, slashes and {slots}: "Military Forces of {country}", "Air/drone strike".</summary>
    [GeneratedRegex(@"^[A-Z][a-z]+(?:[ /-][A-Za-z]+| \(?\{[a-z]+\}\)?)*$")]
    private static partial Regex AcledNamePattern();

    /// <summary>
    /// The literals outside Coding/ and Resources/ that look like words but are names a format, a protocol or the program
    /// gives, by what they are, in any of those sources: a word added to any of these lists must be one of its kind, and a
    /// word the coder matches goes into a language pack instead. A function word of a language is never one of these: it is
    /// allowed in its format's file only (<see cref="AllowedInFile"/>).
    /// </summary>
    private static readonly Dictionary<string, string[]> AllowedByKind = new()
    {
        // The fields of the JSONL documents read, of the events, evidence and rules written (JSON, CSV, GeoJSON), of the
        // ACLED exports evaluated, of the overlay CSV and of the SQL the stores run.
        ["field names of the files, records and queries the engine reads and writes"] =
        [
            "id", "text", "title", "url", "source", "sources", "published", "language", "region", "iso", "year",
            "latitude", "longitude", "notes", "interaction", "confidence", "evidence", "timestamp",
            "name", "row", "detected", "coordinates", "geometry", "properties", "type",
            "features", "code", "actor", "limit", "offset", "ev", "summary",
        ],
        // HTML's element names (Documents/HtmlNesting.cs, HtmlText.cs) and RSS and Atom's (Ingest/FeedReader.cs).
        ["element and attribute names of HTML, RSS and Atom"] =
        [
            "area", "article", "aside", "base", "blockquote", "br", "col", "colgroup", "dd", "div", "dt", "embed", "figcaption", "figure",
            "footer", "header", "hr", "img", "input", "li", "link", "main", "meta", "nav", "noscript", "ol", "optgroup", "option", "param",
            "pre", "rb", "rp", "rt", "script", "section", "style", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
            "tr", "track", "ul", "wbr", "content", "datetime", "item", "entry", "rss", "feed", "updated", "issued", "modified",
            "description", "encoded", "guid", "rel", "alternate", "href",
        ],
        // The watch configuration's keys (Monitor/WatchConfigReader.cs).
        ["keys of the watch configuration"] =
        [
            "alerts", "alert", "every", "enabled", "bbox", "types", "webhook", "file", "stdout", "lat", "lon", "km",
        ],
        // Error codes (Documents/ErrorCatalog.cs), problems reported to the user, and the context a message names.
        ["error codes and messages to the user"] =
        [
            "empty input", "binary input", "input too large", "missing field", "invalid date", "invalid language",
            "unsupported format", "read failed", "invalid parameter", "not found", "unauthorized", "forbidden", "coding failed",
            "no such file or folder", "no documents in the file", "the page has no article text", "a link that leads round in a loop",
            "no text to code", "no body", "too many redirects", "the lease lapsed during the poll", "the source list", "a source",
            "an alert", "merged by an analyst", "split by an analyst",
        ],
        // The status of an alert or an item in the monitor's store.
        ["states of the monitor's alerts and items"] = ["pending", "stored", "delivered", "failed", "timed out"],
        // The keywords of data files' columns outside the language packs (data/acled/dedup.tsv, data/gazetteer/division-name-words.tsv,
        // data/acled/taxonomy.tsv).
        ["keywords of the data files' columns"] = ["threshold", "affix", "abbreviation", "prefix", "suffix", "either", "roles"],
        // The data folder's subfolders and the files a build reads.
        ["folder and file names"] = ["gazetteer", "sources", "readme"],
        // URL schemes, standard streams, the default host, and the unit of a duration.
        ["schemes, streams, hosts and units"] = ["http", "https", "stdin", "localhost", "ms"],
    };

    /// <summary>
    /// Words a sentence is made of ("on", "no", "to") that are also a format's keywords: allowed only in the one source that
    /// reads or writes that format, so that one slipped into any other (the deduplicator's, say) fails.
    /// </summary>
    private static readonly Dictionary<string, (string Kind, string[] Words)> AllowedInFile = new()
    {
        ["Monitor/WatchConfigReader.cs"] = ("YAML's booleans in the watch configuration", ["true", "false", "yes", "no", "on", "off"]),
        ["Storage/SqlEventStore.cs"] = ("the names of the SQL queries' parameters", ["from", "to"]),
    };

    private static readonly HashSet<string> AllowedAnywhere = AllowedByKind.Values.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a literal outside Coding/ and Resources/ is allowed in the source <paramref name="rel"/> (its path from src/Sitrep).</summary>
    private static bool Allowed(string rel, string literal) =>
        AllowedAnywhere.Contains(literal) || AllowedInFile.TryGetValue(rel, out var kind) && kind.Words.Contains(literal);

    [Theory]
    [InlineData("Monitor/WatchConfigReader.cs", "on", true)]
    [InlineData("Storage/SqlEventStore.cs", "to", true)]
    [InlineData("Dedup/Clusterer.cs", "on", false)]
    [InlineData("Dedup/ReportMatcher.cs", "no", false)]
    [InlineData("Dedup/ReportMatcher.cs", "to", false)]
    [InlineData("Monitor/WatchConfigReader.cs", "to", false)]
    [InlineData("Dedup/DedupRules.cs", "threshold", true)]
    public void A_function_word_is_allowed_only_in_the_file_of_its_format(string rel, string literal, bool allowed) =>
        Allowed(rel, literal).ShouldBe(allowed);

    /// <summary>
    /// A literal that the code around it shows to be a key or a message: the name given to a JSON property or read from one
    /// (<c>[JsonPropertyName("dead")]</c>, <c>GetProperty("url")</c>), or text in a statement that throws.
    /// </summary>
    private static bool KeyOrMessageByPlace(string code, int at)
    {
        var before = code[Math.Max(0, at - 40)..at];
        if (JsonKeyCall().IsMatch(before)) return true;
        int start = at;
        while (start > 0 && code[start - 1] is not (';' or '{' or '}')) start--;
        return ThrowStatement().IsMatch(code[start..at]);
    }

    [GeneratedRegex(@"\b(JsonPropertyName|GetProperty|TryGetProperty|WritePropertyName|WriteString|WriteNumber|WriteBoolean|WriteNull|WriteStartArray|WriteStartObject)\(\s*[$@]*$")]
    private static partial Regex JsonKeyCall();

    [GeneratedRegex(@"\bthrow\b")]
    private static partial Regex ThrowStatement();

    /// <summary>The engine's sources: every .cs file of src/Sitrep, with its path from there.</summary>
    private static List<(string Path, string Code)> EngineSources()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Sitrep");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(rel => !rel.StartsWith("bin/", StringComparison.Ordinal) && !rel.StartsWith("obj/", StringComparison.Ordinal))
            .Select(rel => (rel, File.ReadAllText(Path.Combine(root, rel)))).ToList();
    }

    [Fact]
    public void The_engine_sources_hold_no_word_of_a_language()
    {
        var files = EngineSources();
        files.Count.ShouldBeGreaterThan(100);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var usedInFile = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (rel, code) in files)
        {
            var engineCore = rel.StartsWith("Coding/", StringComparison.Ordinal) || rel.StartsWith("Resources/", StringComparison.Ordinal);
            var words = new List<string>();
            foreach (var (literal, at) in LiteralsAt(code))
            {
                if (!IsNaturalLanguage(literal)) continue;
                // The coder's own folders hold no key, message or markup name: only the identifiers above.
                if (!engineCore && KeyOrMessageByPlace(code, at)) continue;
                if (!engineCore && AllowedAnywhere.Contains(literal)) { used.Add(literal); continue; }
                if (!engineCore && Allowed(rel, literal)) { usedInFile.Add(rel + ":" + literal); continue; }
                words.Add(literal);
            }
            if (words.Count > 0)
                problems.Add($"{rel}: {words.Count} literals that are words: {string.Join(", ", words.Distinct().Take(12).Select(w => $"\"{w}\""))}");
        }
        problems.ShouldBeEmpty(string.Join("\n", problems));
        // An entry no source needs any more goes, so the lists do not grow into a dictionary.
        AllowedAnywhere.Except(used).ShouldBeEmpty("allowed literals that no engine source holds");
        AllowedInFile.SelectMany(f => f.Value.Words.Select(w => f.Key + ":" + w)).Except(usedInFile).ShouldBeEmpty("literals allowed in a file that it no longer holds");
    }

    [Theory]
    [InlineData("[JsonPropertyName(\"dead\")] public int Fatalities", true)]
    [InlineData("var u = e.GetProperty(\"url\");", true)]
    [InlineData("if (x) throw new FormatException(file + \"no such row\");", true)]
    [InlineData("var v = x ?? throw new Problem(node, \"no such row\");", true)]
    [InlineData("if (word == \"killed\") return;", false)]
    [InlineData("var m = Throws(\"killed\");", false)]
    public void A_key_or_a_message_is_known_by_the_code_around_it(string code, bool allowed) =>
        KeyOrMessageByPlace(code, code.IndexOf('"')).ShouldBe(allowed);

    [Theory]
    [InlineData("\"shot dead\"", "shot dead")]
    [InlineData("x is \"the\" or \"a\"", "the|a")]
    [InlineData("$\"{name} was {n}\"", " was ")]
    [InlineData("@\"said \"\"so\"\"\"", "said \"so\"")]
    [InlineData("// \"not code\"\n'\"' + \"kill\"", "kill")]
    public void Literals_are_read_from_code_not_comments_nor_characters(string code, string expected) =>
        string.Join("|", Literals(code)).ShouldBe(expected);

    [Theory]
    [InlineData("killed", true)]
    [InlineData("according to", true)]
    [InlineData("explod", true)]
    [InlineData("harm-outranks-arrest", false)]
    [InlineData("noun", false)]
    [InlineData("triggers.tsv", false)]
    [InlineData("{0} was {1}", false)]
    [InlineData("Military Forces of {country}", false)]
    [InlineData("x", false)]
    [InlineData(" Region", true)]
    [InlineData(" City", true)]
    [InlineData("Province ", true)]
    [InlineData(" Saint Louis", true)]
    [InlineData(" was ", false)]
    [InlineData(" ", false)]
    [InlineData(" {0}", false)]
    [InlineData(" - ", false)]
    public void A_word_is_lower_case_letters_and_spaces_that_name_no_identifier_or_a_word_set_off_by_a_space(string literal, bool word) =>
        IsNaturalLanguage(literal).ShouldBe(word);

    /// <summary>
    /// A word: lower case letters and spaces that name no identifier ("killed"), or a capitalised word with a space before
    /// or after it (" Region", "Province "): a piece of a name cut out to be matched in a name or a text, which no
    /// identifier, key, format string or message is.
    /// </summary>
    private static bool IsNaturalLanguage(string literal) =>
        literal.Length > 1 && (WordPattern().IsMatch(literal) && !Identifiers.Contains(literal) || SpacedWordPattern().IsMatch(literal));

    [GeneratedRegex(@"^[a-z]+(?:[ '][a-z]+)*$")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(?: +[A-Z][a-z]*(?:[ '][A-Za-z][a-z]*)* *|[A-Z][a-z]*(?:[ '][A-Za-z][a-z]*)* +)$")]
    private static partial Regex SpacedWordPattern();

    /// <summary>The string literals of C# source: the text of "...", @"..." and the literal parts of $"..." (not the holes).</summary>
    internal static List<string> Literals(string code) => LiteralsAt(code).Select(l => l.Text).ToList();

    /// <summary>The string literals of C# source with where each starts (its opening quote).</summary>
    internal static List<(string Text, int At)> LiteralsAt(string code)
    {
        var found = new List<(string, int)>();
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '/' && i + 1 < code.Length && code[i + 1] == '/') { while (i < code.Length && code[i] != '\n') i++; continue; }
            if (c == '/' && i + 1 < code.Length && code[i + 1] == '*') { i = code.IndexOf("*/", i + 2, StringComparison.Ordinal); if (i < 0) break; i++; continue; }
            if (c == '\'') { i++; if (i < code.Length && code[i] == '\\') i++; while (i < code.Length && code[i] != '\'') i++; continue; }
            if (c != '"') continue;
            int at = i;
            bool verbatim = i > 0 && (code[i - 1] == '@' || i > 1 && code[i - 2] == '@');
            bool interpolated = i > 0 && (code[i - 1] == '$' || i > 1 && code[i - 2] == '$');
            var text = new StringBuilder();
            int depth = 0;
            for (i++; i < code.Length; i++)
            {
                char d = code[i];
                if (depth > 0) { if (d == '{') depth++; else if (d == '}') depth--; continue; }
                if (interpolated && d == '{') { if (i + 1 < code.Length && code[i + 1] == '{') { text.Append('{'); i++; } else depth = 1; continue; }
                if (!verbatim && d == '\\') { i++; if (i < code.Length) text.Append(code[i]); continue; }
                if (d == '"')
                {
                    if (verbatim && i + 1 < code.Length && code[i + 1] == '"') { text.Append('"'); i++; continue; }
                    break;
                }
                text.Append(d);
            }
            found.Add((text.ToString(), at));
        }
        return found;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        throw new InvalidOperationException("The tests run outside the repository: no Sitrep.slnx above " + AppContext.BaseDirectory);
    }
}
