using System.Globalization;
using Sitrep.Events;
using Sitrep.Text;

namespace Sitrep.Resources;

/// <summary>
/// One language's coding resources, read from <c>data/&lt;lang&gt;/</c>: triggers, actors,
/// country names and demonyms, country cues, casualty words, number and calendar words, background cues,
/// abbreviations and words never taken for places. Immutable once loaded; shared by threads.
/// </summary>
public sealed class Lexicon
{
    public required string Language { get; init; }
    public required PhraseMatcher<TriggerEntry> Triggers { get; init; }
    public required PhraseMatcher<ActorEntry> Actors { get; init; }

    /// <summary>actors.tsv's phrases with a {group} slot ("militiamen from the {group} clan"), matched around a group's name.</summary>
    public required IReadOnlyList<GroupPhrase> GroupActors { get; init; }
    public required PhraseMatcher<CountryNameEntry> CountryNames { get; init; }
    public required PhraseMatcher<CountryCue> CountryCues { get; init; }
    public required PhraseMatcher<FatalityWord> Casualties { get; init; }
    public required PhraseMatcher<NumberWord> Numbers { get; init; }
    public required PhraseMatcher<CalendarWord> Calendar { get; init; }
    public required PhraseMatcher<string> Background { get; init; }
    public required PhraseMatcher<DiscourseRole> Discourse { get; init; }
    public required PhraseMatcher<PlaceCueEntry> PlaceCues { get; init; }
    /// <summary>news-structure.tsv: words that open bylines and boilerplate lines, and the words bylines hold.</summary>
    public required PhraseMatcher<NewsCue> NewsCues { get; init; }

    /// <summary>count-qualifiers.tsv: words before a count that qualify it ("at least", "up to") or make it a part of another ("including").</summary>
    public required PhraseMatcher<CountQualifier> CountQualifiers { get; init; }
    /// <summary>count-qualifiers.tsv's third column: how ACLED's tags write a qualifier in English ("environ": "around").</summary>
    public PhraseMatcher<string> QualifierTags { get; init; } = new(new HashSet<string>());
    public required IReadOnlySet<string> Abbreviations { get; init; }
    public required IReadOnlySet<string> PlaceStopwords { get; init; }

    /// <summary>number-format.tsv: how the language writes numbers in digits ("2,000", "1.5"; "2 000", "1,5").</summary>
    public NumberFormat NumberFormat { get; init; } = NumberFormat.Default;

    /// <summary>elisions.txt: words the language writes elided before a vowel ("l'", "d'", "qu'"), folded: tokens of their own.</summary>
    public IReadOnlySet<string> Elisions { get; init; } = new HashSet<string>();

    /// <summary>Articles a gazetteer name may carry that the text dropped (place-articles.tsv), with the first letters each comes before.</summary>
    public required IReadOnlyList<(string Article, string Before)> PlaceArticles { get; init; }

    /// <summary>Nouns that after a town's name make a site in that town ("Donetsk Airport"), folded (facility-nouns.txt).</summary>
    public required IReadOnlySet<string> FacilityNouns { get; init; }
    /// <summary>name-particles.txt: lower-case words that may stand inside a place's name ("Port of Spain", "Ras al Ain"), folded.</summary>
    public required IReadOnlySet<string> NameParticles { get; init; }
    /// <summary>name-joiners.txt: words that join the parts of one Romance or Persian name ("Altos de San Lorenzo"), folded.</summary>
    public required IReadOnlySet<string> NameJoiners { get; init; }
    /// <summary>person-nouns.txt: nouns for one person that are no actor ("cadre", "suspect"), folded.</summary>
    public required IReadOnlySet<string> PersonNouns { get; init; }

    /// <summary>word-classes.tsv: the closed classes of words the resolution rules read (articles, report verbs, division kind words...).</summary>
    public WordClasses Words { get; init; } = WordClasses.Empty;

    /// <summary>ACLED's conventions (data/acled/), the same for every language: the actor names it codes by kind, the type precedence.</summary>
    public required AcledCodebook Codebook { get; init; }

    /// <summary>country-articles.txt: ISO alpha-2 codes of countries whose name takes "the" after "of" ("Forces of the Philippines").</summary>
    public required IReadOnlySet<string> CountriesWithArticle { get; init; }

    /// <summary>unnamed-actors.tsv: the doer ACLED codes when the text names none, by sub-event type ("*": any) and country.</summary>
    public required IReadOnlyList<UnnamedActor> UnnamedActors { get; init; }

    /// <summary>
    /// The doer to code when the text names none: the row for the sub-event type before the one for any, and the row
    /// for the country before the one for everywhere. {country} is left for the caller to fill.
    /// </summary>
    public (string Actor, Inter Inter) UnnamedActor(SubEventType subEventType, string? country) =>
        UnnamedActors.Where(u => u.SubEventType == subEventType || u.SubEventType is null)
            .Where(u => u.Countries.Count == 0 || country is not null && u.Countries.Contains(country))
            .OrderBy(u => u.SubEventType is null ? 1 : 0).ThenBy(u => u.Countries.Count == 0 ? 1 : 0)
            .Select(u => (u.Actor, u.Inter)).DefaultIfEmpty((Codebook[ActorKind.UnidentifiedArmedGroup].Template, Codebook[ActorKind.UnidentifiedArmedGroup].Inter)).First();

    /// <summary>division-words.tsv: by country (ISO alpha-2), the words English calls its first-level divisions ("state", "department").</summary>
    public required IReadOnlyDictionary<string, IReadOnlySet<string>> DivisionWords { get; init; }

    /// <summary>
    /// Whether a first-level division of <paramref name="country"/> may be named with the kind word <paramref name="word"/>:
    /// yes when the country's words include it, or when division-words.tsv lists nothing for the country or nowhere uses the word.
    /// </summary>
    public bool MayCallDivision(string country, string word) =>
        !DivisionWords.TryGetValue(country, out var words) || words.Contains(word) || !DivisionWords.Values.Any(w => w.Contains(word));

    public static Lexicon Load(string dataDirectory, string language = "en")
    {
        var dir = Path.Combine(dataDirectory, language);
        if (!Directory.Exists(dir)) throw new ResourceFormatException(dir, 0, $"no resources for language '{language}'");
        string F(string name) => Path.Combine(dir, name);
        var elisions = TsvFile.Read(F("elisions.txt")).Select(x => TextFold.Fold(x.Fields[0])).ToHashSet(StringComparer.Ordinal);

        var triggers = new PhraseMatcher<TriggerEntry>(elisions);
        foreach (var (line, f) in TsvFile.Read(F("triggers.tsv"), 3))
        {
            var sub = SubEventType.TryParse(f[1]) ?? throw new ResourceFormatException(F("triggers.tsv"), line, $"'{f[1]}' is not one of ACLED's sub-event types");
            if (!double.TryParse(f[2], CultureInfo.InvariantCulture, out var weight) || weight <= 0)
                throw new ResourceFormatException(F("triggers.tsv"), line, $"weight '{f[2]}' is not a positive number");
            // Kept as ACLED's spelling of a type of either kind: the sentence's other triggers are matched by their names.
            var requires = f.Length > 3 && f[3].Length > 0
                ? SubEventType.TryParse(f[3])?.Name ?? EventType.TryParse(f[3])?.Name ?? Taxonomy.Acled.FindDisorderType(f[3])
                    ?? throw new ResourceFormatException(F("triggers.tsv"), line, $"requires '{f[3]}', which is no event type, sub-event type or disorder type")
                : null;
            var kinds = f.Length > 4 ? f[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            if (kinds.FirstOrDefault(k => k is not ("noun" or "one-sided" or "firearms")) is { } unknown)
                throw new ResourceFormatException(F("triggers.tsv"), line, $"kind '{unknown}' is not one of noun, one-sided, firearms");
            triggers.Add(f[0], new TriggerEntry(f[0], sub, weight, requires, kinds.Contains("noun"), kinds.Contains("one-sided"), kinds.Contains("firearms")));
        }

        // actors.tsv and unnamed-actors.tsv share their last two columns: an inter code, then the countries a row applies in.
        Inter InterOf(string file, int line, string[] f) =>
            InterCodes.TryParseActor(f[2], out var inter) ? inter
                : throw new ResourceFormatException(F(file), line, $"inter '{f[2]}' is not a code from 1 to 8");
        static string[] Countries(string[] f) => f.Length > 3 ? f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

        var codebook = AcledCodebook.Load(dataDirectory);
        var actors = new PhraseMatcher<ActorEntry>(elisions);
        var groupActors = new List<GroupPhrase>();
        var actorKinds = Enum.GetValues<ActorKind>().ToDictionary(k => WordClasses.Kebab(k.ToString()), k => k, StringComparer.Ordinal);
        foreach (var (line, f) in TsvFile.Read(F("actors.tsv"), 3))
        {
            // "{forces} Special Forces": a unit of a state's forces, named after its force as state-force-units.tsv says.
            StateForceUnit? unit = null;
            if (f[1].StartsWith(StateForceUnit.ForcesPlaceholder, StringComparison.Ordinal)
                && !codebook.Units.TryGetValue(f[1][StateForceUnit.ForcesPlaceholder.Length..], out unit))
                throw new ResourceFormatException(F("actors.tsv"), line, $"'{f[1][StateForceUnit.ForcesPlaceholder.Length..]}' is no unit of data/acled/state-force-units.tsv");
            var entry = new ActorEntry(f[0], f[1], InterOf("actors.tsv", line, f), Countries(f), line)
                { Unit = unit, Militia = IdentityMilitia.Parse(f[1], codebook, actorKinds, F("actors.tsv"), line) };
            // "{group} clan militia*": the group's name is the text's, so the phrase is matched around it by the actor stage.
            if (f[0].Contains(IdentityMilitia.GroupSlot, StringComparison.Ordinal)) groupActors.Add(GroupPhrase.Parse(f[0], entry, elisions, F("actors.tsv"), line));
            else if (entry.Militia is { GroupFromText: true }) throw new ResourceFormatException(F("actors.tsv"), line, $"the group of '{f[1]}' comes from the text, but the phrase has no {IdentityMilitia.GroupSlot}");
            else actors.Add(f[0], entry);
        }

        var unnamed = new List<UnnamedActor>();
        foreach (var (line, f) in TsvFile.Read(F("unnamed-actors.tsv"), 3))
        {
            var sub = f[0] == "*" ? null : SubEventType.TryParse(f[0])
                ?? throw new ResourceFormatException(F("unnamed-actors.tsv"), line, $"'{f[0]}' is neither * nor one of ACLED's sub-event types");
            unnamed.Add(new UnnamedActor(sub, f[1], InterOf("unnamed-actors.tsv", line, f), Countries(f).ToHashSet()));
        }

        var countryNames = new PhraseMatcher<CountryNameEntry>(elisions);
        foreach (var (_, f) in TsvFile.Read(F("countries.tsv"), 1))
        {
            foreach (var n in Split(f, 1)) countryNames.Add(n, new CountryNameEntry(n, f[0], false));
            foreach (var d in Split(f, 2)) countryNames.Add(d, new CountryNameEntry(d, f[0], true));
        }

        var countryCues = new PhraseMatcher<CountryCue>(elisions);
        foreach (var (line, f) in TsvFile.Read(F("country-cues.tsv"), 2))
        {
            if (f[1].Length != 2 || !f[1].All(char.IsAsciiLetterUpper))
                throw new ResourceFormatException(F("country-cues.tsv"), line, $"'{f[1]}' is not an ISO alpha-2 country code");
            var regions = f.Length > 2 ? f[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            countryCues.Add(f[0], new CountryCue(f[0], f[1], regions));
        }

        var casualties = new PhraseMatcher<FatalityWord>(elisions);
        foreach (var (line, f) in TsvFile.Read(F("casualties.tsv"), 2))
        {
            if (f[1] is not ("death" or "injury")) throw new ResourceFormatException(F("casualties.tsv"), line, $"'{f[1]}' is neither death nor injury");
            casualties.Add(f[0], new FatalityWord(f[0], f[1] == "death", f.Length > 2 && f[2] == "transitive"));
        }

        var numbers = new PhraseMatcher<NumberWord>(elisions);
        foreach (var (line, f) in TsvFile.Read(F("numbers.tsv"), 4))
        {
            if (!int.TryParse(f[1], out var low) || !int.TryParse(f[2], out var high) || !Enum.TryParse<NumberWordKind>(f[3], true, out var kind))
                throw new ResourceFormatException(F("numbers.tsv"), line, "expected word, low, high, kind");
            numbers.Add(f[0], new NumberWord(f[0], low, high, kind, f.Length > 4 && f[4].Length > 0 ? f[4] : null));
        }

        var groupMarks = new HashSet<char>();
        char? decimalMark = null;
        foreach (var (line, f) in TsvFile.Read(F("number-format.tsv"), 2))
        {
            var mark = Mark(f[0]) ?? throw new ResourceFormatException(F("number-format.tsv"), line, $"'{f[0]}' is neither one character nor a code point written U+XXXX");
            if (f[1] == "group-mark") groupMarks.Add(mark);
            else if (f[1] == "decimal-mark" && decimalMark is null) decimalMark = mark;
            else throw new ResourceFormatException(F("number-format.tsv"), line, $"'{f[1]}' is neither group-mark nor a first decimal-mark");
        }
        if (decimalMark is { } dm && groupMarks.Contains(dm)) throw new ResourceFormatException(F("number-format.tsv"), 0, $"'{dm}' is both a group mark and the decimal mark");

        var calendar = new PhraseMatcher<CalendarWord>(elisions);
        foreach (var (line, f) in TsvFile.Read(F("calendar.tsv"), 3))
        {
            var kind = f[1] switch
            {
                "month" => CalendarWordKind.Month,
                "weekday" => CalendarWordKind.Weekday,
                "day" => CalendarWordKind.Day,
                "week" => CalendarWordKind.Week,
                "month-offset" => CalendarWordKind.MonthOffset,
                "weekend" => CalendarWordKind.Weekend,
                "month-prefix" => CalendarWordKind.MonthPrefix,
                "period-start" => CalendarWordKind.PeriodStart,
                _ => throw new ResourceFormatException(F("calendar.tsv"), line, $"unknown kind '{f[1]}'"),
            };
            calendar.Add(f[0], new CalendarWord(f[0], kind, int.Parse(f[2], CultureInfo.InvariantCulture)));
        }

        var background = new PhraseMatcher<string>(elisions);
        foreach (var (_, f) in TsvFile.Read(F("background.tsv"))) background.Add(f[0], f[0]);

        var discourse = new PhraseMatcher<DiscourseRole>(elisions);
        foreach (var (line, f) in TsvFile.Read(F("discourse.tsv"), 2))
        {
            var role = f[1] switch
            {
                "claim" => DiscourseRole.Claim,
                "agent" => DiscourseRole.Agent,
                "new-event" => DiscourseRole.NewEvent,
                "report" => DiscourseRole.Report,
                "modality" => DiscourseRole.Modality,
                "passive" => DiscourseRole.Passive,
                "accident" => DiscourseRole.Accident,
                "off-duty" => DiscourseRole.OffDuty,
                "cause" => DiscourseRole.Cause,
                "crime" => DiscourseRole.Crime,
                "campaign" => DiscourseRole.Campaign,
                "demand" => DiscourseRole.Demand,
                "armed-victim" => DiscourseRole.ArmedVictim,
                "sport" => DiscourseRole.Sport,
                "pursuit" => DiscourseRole.Pursuit,
                _ => throw new ResourceFormatException(F("discourse.tsv"), line, $"unknown role '{f[1]}'"),
            };
            discourse.Add(f[0], role);
        }

        var placeCues = new PhraseMatcher<PlaceCueEntry>(elisions);
        foreach (var (line, f) in TsvFile.Read(F("place-cues.tsv"), 3))
        {
            if (f[1] is not ("before" or "after")) throw new ResourceFormatException(F("place-cues.tsv"), line, $"position '{f[1]}' is neither before nor after");
            var kind = f[2] switch
            {
                "at" => PlaceCueKind.At,
                "near" => PlaceCueKind.Near,
                "kind" => PlaceCueKind.Kind,
                "part" => PlaceCueKind.Part,
                "between" => PlaceCueKind.Between,
                "route-end" => PlaceCueKind.RouteEnd,
                "taken-to" => PlaceCueKind.TakenTo,
                _ => throw new ResourceFormatException(F("place-cues.tsv"), line, $"unknown cue '{f[2]}'"),
            };
            if (f.Length > 3 && f[3].Length > 0 && f[3] != PlaceCueEntry.SettlementColumn)
                throw new ResourceFormatException(F("place-cues.tsv"), line, $"'{f[3]}' is not what a phrase may name ({PlaceCueEntry.SettlementColumn})");
            placeCues.Add(f[0], new PlaceCueEntry(f[0], f[1] == "before", kind, f.Length > 3 && f[3] == PlaceCueEntry.SettlementColumn));
        }

        var newsCues = new PhraseMatcher<NewsCue>(elisions);
        foreach (var (line, f) in TsvFile.Read(F("news-structure.tsv"), 2))
            newsCues.Add(f[0], f[1] switch
            {
                "byline" => NewsCue.Byline,
                "byline-joiner" => NewsCue.BylineJoiner,
                "boilerplate" => NewsCue.Boilerplate,
                "credit" => NewsCue.Credit,
                "caption" => NewsCue.Caption,
                _ => throw new ResourceFormatException(F("news-structure.tsv"), line, $"unknown part '{f[1]}'"),
            });

        var qualifiers = new PhraseMatcher<CountQualifier>(elisions);
        var qualifierTags = new PhraseMatcher<string>(elisions);
        foreach (var (line, f) in TsvFile.Read(F("count-qualifiers.tsv"), 2))
        {
            var kind = f[1] switch
            {
                "about" => CountQualifier.About,
                "up-to" => CountQualifier.UpTo,
                "part" => CountQualifier.Part,
                _ => throw new ResourceFormatException(F("count-qualifiers.tsv"), line, $"kind '{f[1]}' is none of about, up-to, part"),
            };
            qualifiers.Add(f[0], kind);
            if (f.Length > 2 && f[2].Length > 0) qualifierTags.Add(f[0], f[2]);
        }

        return new Lexicon
        {
            NewsCues = newsCues,
            CountQualifiers = qualifiers,
            QualifierTags = qualifierTags,
            UnnamedActors = unnamed,
            CountriesWithArticle = TsvFile.Read(F("country-articles.txt")).Select(x => x.Fields[0].Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal),
            Discourse = discourse,
            PlaceCues = placeCues,
            Language = language,
            Triggers = triggers,
            Actors = actors,
            GroupActors = groupActors,
            CountryNames = countryNames,
            CountryCues = countryCues,
            Casualties = casualties,
            Numbers = numbers,
            Calendar = calendar,
            Background = background,
            Abbreviations = TsvFile.Read(F("abbreviations.txt")).Select(x => x.Fields[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
            Elisions = elisions,
            NumberFormat = new NumberFormat(groupMarks, decimalMark ?? NumberFormat.Default.DecimalMark),
            PlaceStopwords = TsvFile.Read(F("place-stopwords.txt")).Select(x => TextFold.Fold(x.Fields[0])).ToHashSet(StringComparer.Ordinal),
            PlaceArticles = TsvFile.Read(F("place-articles.tsv")).Select(x => (TextFold.Fold(x.Fields[0]), x.Fields.Length > 1 ? TextFold.Fold(x.Fields[1]) : "")).ToList(),
            FacilityNouns = TsvFile.Read(F("facility-nouns.txt")).Select(x => TextFold.Fold(x.Fields[0])).ToHashSet(StringComparer.Ordinal),
            NameParticles = TsvFile.Read(F("name-particles.txt")).Select(x => TextFold.Fold(x.Fields[0])).ToHashSet(StringComparer.Ordinal),
            NameJoiners = TsvFile.Read(F("name-joiners.txt")).Select(x => TextFold.Fold(x.Fields[0])).ToHashSet(StringComparer.Ordinal),
            Words = WordClasses.Load(F("word-classes.tsv")),
            Codebook = codebook,
            PersonNouns = TsvFile.Read(F("person-nouns.txt")).Select(x => TextFold.Fold(x.Fields[0])).ToHashSet(StringComparer.Ordinal),
            DivisionWords = TsvFile.Read(F("division-words.tsv"), minFields: 2)
                .ToDictionary(x => x.Fields[0].Trim().ToUpperInvariant(), x => (IReadOnlySet<string>)Split(x.Fields, 1).Select(TextFold.Fold).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal),
        };
    }

    /// <summary>A mark of number-format.tsv: the character itself, or its code point ("U+00A0") for a space.</summary>
    private static char? Mark(string field) =>
        field.Length == 1 ? field[0]
        : field.StartsWith("U+", StringComparison.Ordinal) && int.TryParse(field.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var cp) && cp <= char.MaxValue ? (char)cp
        : null;

    private static IEnumerable<string> Split(string[] f, int i) =>
        f.Length > i ? f[i].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
}
