using System.Text;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// Words of a language live in the language packs (data/&lt;lang&gt;/), not in the engine's C#: this walks the sources
/// of Coding/ and Resources/ and fails on a string literal that is a word or phrase of a language. Identifiers (rule and
/// stage names in kebab case, the keywords of the data files' columns, the event's field names), format strings and
/// file names are allowed. No file may hold one: a word the engine needs goes into word-classes.tsv or a list of its own.
/// Nor may the engine write one of ACLED's names or values ("Military Forces of {country}", "Civilian targeting"): those
/// are the codebook's, in data/acled/; the walk looks for them in Events/ and Dedup/ as well.
/// </summary>
public partial class EngineLiteralTests
{
    /// <summary>Literals that name things rather than say them: data-file keywords, event field names, stage names.</summary>
    private static readonly HashSet<string> Identifiers =
    [
        // triggers.tsv kinds, casualties.tsv kinds, place-cues.tsv positions and cues, calendar.tsv kinds
        "noun", "firearms", "death", "injury", "transitive", "before", "after", "at", "near", "kind", "part", "between", "route-end", "month", "weekday", "day", "week", "weekend",
        // discourse.tsv roles
        "claim", "agent", "report", "modality", "passive", "accident", "cause", "crime", "campaign", "demand", "sport",
        // news-structure.tsv parts, count-qualifiers.tsv kinds
        "byline", "boilerplate", "credit", "caption", "about",
        // data/acled/type-precedence.tsv rules
        "harm",
        // data/acled/state-forces.tsv: every kind of a state's forces
        "state",
        // the event's JSON field names and the resolution stages' names
        "location", "fatalities", "country", "actors", "date", "place", "tags",
        // the annotation stages' names
        "tokenizer", "sentences", "dates", "background", "triggers", "places", "frames", "structure",
        // the data folder's name, and a message to the user (messages are output, not words the coder reads)
        "data", "acled", "file not found",
        // language codes
        "en", "fr",
    ];

    /// <summary>
    /// Capitalised literals that are not ACLED's words: GeoJSON's type names, and the taxonomy entries the mechanisms name
    /// (Events/Taxonomy.cs resolves each against data/acled/taxonomy.tsv when it loads, and fails there on one it lacks).
    /// </summary>
    private static readonly HashSet<string> NameIdentifiers = ["Point", "Feature"];
    private const string TaxonomyFile = "Events/Taxonomy.cs";

    [Fact]
    public void The_engine_sources_write_no_acled_name()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Sitrep");
        var files = new[] { "Coding", "Resources", "Events", "Dedup" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs", SearchOption.AllDirectories)).ToList();
        var problems = new List<string>();
        foreach (var file in files)
        {
            var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (rel == TaxonomyFile) continue;
            var names = Literals(File.ReadAllText(file)).Where(IsAcledName).ToList();
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

    [Fact]
    public void The_engine_sources_hold_no_word_of_a_language()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Sitrep");
        var files = Directory.EnumerateFiles(Path.Combine(root, "Coding"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "Resources"), "*.cs")).ToList();
        files.Count.ShouldBeGreaterThan(20);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var rel = Path.GetRelativePath(root, file).Replace('\\', '/');
            var words = Literals(File.ReadAllText(file)).Where(IsNaturalLanguage).ToList();
            if (words.Count > 0)
                problems.Add($"{rel}: {words.Count} literals that are words: {string.Join(", ", words.Distinct().Take(12).Select(w => $"\"{w}\""))}");
        }
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

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
    public void A_word_is_lower_case_letters_and_spaces_that_name_no_identifier(string literal, bool word) =>
        IsNaturalLanguage(literal).ShouldBe(word);

    private static bool IsNaturalLanguage(string literal) =>
        literal.Length > 1 && WordPattern().IsMatch(literal) && !Identifiers.Contains(literal);

    [GeneratedRegex(@"^[a-z]+(?:[ '][a-z]+)*$")]
    private static partial Regex WordPattern();

    /// <summary>The string literals of C# source: the text of "...", @"..." and the literal parts of $"..." (not the holes).</summary>
    internal static List<string> Literals(string code)
    {
        var found = new List<string>();
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '/' && i + 1 < code.Length && code[i + 1] == '/') { while (i < code.Length && code[i] != '\n') i++; continue; }
            if (c == '/' && i + 1 < code.Length && code[i + 1] == '*') { i = code.IndexOf("*/", i + 2, StringComparison.Ordinal); if (i < 0) break; i++; continue; }
            if (c == '\'') { i++; if (i < code.Length && code[i] == '\\') i++; while (i < code.Length && code[i] != '\'') i++; continue; }
            if (c != '"') continue;
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
            found.Add(text.ToString());
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
