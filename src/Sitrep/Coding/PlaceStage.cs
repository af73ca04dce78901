using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Gazetteer;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Finds names the gazetteer knows: runs of capitalised words (with particles such as
/// "al", "de", "wa" inside), longest first, looked up as places, first- and second-level
/// divisions, and failing those as another transliteration of a known name ("Rajouri" for
/// "Rajauri"). Words inside actor or country mentions are not places; a lone stop word
/// ("May", "Police") is not looked up. Records the cue around each name (place-cues.tsv)
/// and links a name to those given as its containers ("Muaja (Ancuabe, Cabo Delgado)").
/// </summary>
public sealed class PlaceStage : ICodingStage
{
    private const int MaxWords = 6;

    public string Name => "places";
    public Annotation Needs => Annotation.Sentences | Annotation.Actors | Annotation.Countries | Annotation.Structure | Annotation.Dates;
    public Annotation Sets => Annotation.Places;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var tokens = doc.Tokens;
        var gaz = resources.Gazetteer;
        var lex = resources.Lexicon;
        var blocked = new bool[tokens.Length];
        foreach (var a in doc.Actors)
            if (a.Entries.All(e => !e.IsGeneric) || a.Entries.Any(e => e.Inter is Inter.State))
                for (int k = a.Token; k < a.EndToken; k++) blocked[k] = true;
        // Where the story was filed ("BANGKOK:") or its writers were ("Ann Lee in Jos") is not where anything happened, and
        // a photo's caption shows a picture, perhaps of another place: what the story tells happened is in its text.
        var elsewhere = doc.Structure.Where(p => p.Kind is NewsPartKind.Dateline or NewsPartKind.Byline or NewsPartKind.Caption).ToList();
        for (int k = 0; k < tokens.Length; k++)
            if (elsewhere.Any(p => p.Span.Contains(tokens[k].Span))) blocked[k] = true;
        // A cue ("Gaza", "Puntland") may be a place as well; only names and demonyms are not, unless a longer
        // name holds them: "Port of Spain", "Santiago de Cuba", "Mali Zvornik".
        var country = new bool[tokens.Length];
        foreach (var c in doc.Countries.Where(c => !c.IsCue))
            for (int k = c.Token; k < c.EndToken; k++) country[k] = true;

        var mentions = new List<PlaceMention>();
        foreach (var s in doc.Sentences)
        {
            for (int i = s.FirstToken; i < s.EndToken;)
            {
                var t = tokens[i];
                if (blocked[i] || !t.IsCapitalized || t.Shape == TokenShape.Number) { i++; continue; }
                PlaceMention? found = null;
                // Exact names first, longest first; only then other transliterations of up to three words.
                for (int pass = 0; pass < 2 && found is null; pass++)
                for (int n = Math.Min(pass == 0 ? MaxWords : 3, s.EndToken - i); n >= 1 && found is null; n--)
                {
                    int end = i + n;
                    var last = tokens[end - 1];
                    if (!last.IsCapitalized || blocked[end - 1]) continue;
                    // "In Niš, the protest...": a capitalised sentence opener is no first word of a name that is only found by
                    // other spellings; the exact pass has already tried the names that hold one ("The Hague").
                    if (pass == 1 && lex.PlaceStopwords.Contains(t.Folded)) continue;
                    bool ok = true;
                    for (int k = i + 1; k < end - 1 && ok; k++)
                        ok = !blocked[k] && tokens[k].IsWord && (tokens[k].IsCapitalized || lex.NameParticles.Contains(tokens[k].Folded));
                    if (!ok) continue;
                    bool holdsCountry = false, other = false;
                    for (int k = i; k < end; k++)
                    {
                        if (country[k]) holdsCountry = true;
                        else if (!lex.NameParticles.Contains(tokens[k].Folded)) other = true;
                    }
                    if (holdsCountry && !other) continue;
                    // A lone stop word, a short word, or an acronym ("PMF", "BJP") is not a place on its own.
                    if (n == 1 && (lex.PlaceStopwords.Contains(t.Folded) || t.Folded.Length < 3 || (t.Shape == TokenShape.Upper && t.Span.Length <= 5))) continue;
                    // "Six farmers were killed", "Seven soldiers": a number word before a lower-case word counts them; it names no place.
                    if (n == 1 && i + 1 < s.EndToken && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized && lex.Numbers.MatchAt(tokens, i, i + 1).Item1 == 1) continue;
                    var folded = n == 1 ? t.Folded : string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k].Folded));
                    IReadOnlyList<PlaceMatch> matches;
                    IReadOnlyList<Place> places;
                    IReadOnlyList<Admin1> admin1;
                    IReadOnlyList<Admin2> admin2;
                    if (pass == 0)
                    {
                        // "Petion-Ville" for GeoNames' "Petionville" too: the gazetteer drops hyphens and spaces when the name is not found as written.
                        matches = gaz.FindPlaceMatches(folded);
                        // "Qamishli" for GeoNames' "Al Qamishli": the name again with the article the text left out.
                        // Not after an article the text wrote ("Ahrar al Sham"); names of one or two words, which is what such names are.
                        if (matches.Count == 0 && n <= 2 && !lex.NameParticles.Contains(t.Folded) && (i == s.FirstToken || !lex.NameParticles.Contains(tokens[i - 1].Folded)))
                            foreach (var (article, before) in lex.PlaceArticles)
                                if (matches.Count == 0 && folded.StartsWith(before, StringComparison.Ordinal))
                                    matches = gaz.FindPlaceMatches(article + " " + folded);
                        places = matches.Select(m => m.Place).ToList();
                        admin1 = gaz.FindAdmin1(folded);
                        admin2 = gaz.FindAdmin2(folded);
                    }
                    else
                    {
                        (places, admin1, admin2) = gaz.FindByTransliteration(folded);
                        matches = [];
                    }
                    if (places.Count == 0 && admin1.Count == 0 && admin2.Count == 0) continue;
                    var span = new TextSpan(t.Span.Start, last.Span.End);
                    var (cue, kind, kindBefore, routeStart) = CueAround(lex, doc.Text, tokens, s, i, end);
                    // "Bolivar state" is Venezuela's, not Colombia's department or Ecuador's province (division-words.tsv).
                    if (kind is not null && admin1.Count > 1 && admin1.Where(a => lex.MayCallDivision(a.CountryCode, kind)).ToList() is { Count: > 0 } called)
                        admin1 = called;
                    found = new PlaceMention(span, s.Index, i, end, places, admin1, admin2, cue)
                    {
                        KindWord = kind,
                        KindBefore = kindBefore,
                        RouteStart = routeStart,
                        ByAlternateName = matches.Where(m => m.ByAlternateName).Select(m => m.Place.Id).ToHashSet(),
                        ByTransliteration = pass == 1,
                    };
                }
                if (found is null) { i++; continue; }
                // "in Colonia Pemex": a neighbourhood's name, whatever town elsewhere bears it; its own town is told beside it.
                if (found.Token > s.FirstToken && lex.PlaceCues.MatchAt(tokens, found.Token - 1, found.Token) is { Length: 1 } part
                    && part.Values.Any(e => e.Before && e.Kind == PlaceCueKind.Part))
                { i = found.EndToken; continue; }
                // "Altos de San Lorenzo (Buenos Aires)", "Recanto das Emas, Distrito Federal": a known name after a joiner and
                // words the gazetteer does not know ends a longer name, which the mention covers from its first word: the
                // cue before that word is its own, and the containers after it speak for the whole.
                if (JoinedBefore(doc.Text, tokens, s, found.Token, lex))
                {
                    int start = found.Token - 1;
                    while (start - 1 >= s.FirstToken && IsNameWord(tokens, start - 1, blocked, country)) start--;
                    if (start < found.Token - 1)
                    {
                        var joined = CueAround(lex, doc.Text, tokens, s, start, found.EndToken);
                        found = found with
                        {
                            Token = start, Span = new TextSpan(tokens[start].Span.Start, found.Span.End), Cue = joined.Cue, KindWord = joined.Kind ?? found.KindWord,
                            KindBefore = joined.Kind is not null ? joined.KindBefore : found.KindBefore, RouteStart = joined.RouteStart,
                        };
                    }
                }
                // "San Andres de Tuxtla, Veracruz": a name the gazetteer knows by its head alone goes on through a joiner and
                // the capitalised words after it; the whole is one mention, so the containers after it are its own.
                int joinedEnd = found.EndToken;
                while (joinedEnd + 1 < s.EndToken && IsJoiner(doc.Text, tokens[joinedEnd], lex) && IsNameWord(tokens, joinedEnd + 1, blocked, country))
                    for (joinedEnd++; joinedEnd < s.EndToken && IsNameWord(tokens, joinedEnd, blocked, country); joinedEnd++) { }
                if (joinedEnd > found.EndToken)
                {
                    // The place may be known by the name's tail as well ("Remedios de Escalada" is GeoNames' Escalada):
                    // both readings stand, and the containers choose.
                    int tail = joinedEnd;
                    while (!IsJoiner(doc.Text, tokens[tail - 1], lex)) tail--;
                    var tailMatches = gaz.FindPlaceMatches(string.Join(' ', Enumerable.Range(tail, joinedEnd - tail).Select(k => tokens[k].Folded)));
                    found = found with
                    {
                        EndToken = joinedEnd,
                        Span = new TextSpan(found.Span.Start, tokens[joinedEnd - 1].Span.End),
                        Places = [.. found.Places, .. tailMatches.Select(m => m.Place).Where(p => !found.Places.Contains(p))],
                        ByAlternateName = found.ByAlternateName.Concat(tailMatches.Where(m => m.ByAlternateName).Select(m => m.Place.Id)).ToHashSet(),
                    };
                }
                // The first word of a longer name joined by an article (place-articles.tsv) that the gazetteer does not
                // know ("Ras Al Ain", "Ras al Nabea") is not that name's place, whatever cue comes before it.
                if (found.EndToken - found.Token == 1 && found.EndToken + 1 < s.EndToken && tokens[found.EndToken + 1].IsCapitalized && tokens[found.EndToken + 1].IsWord
                    && lex.PlaceArticles.Any(a => a.Article == tokens[found.EndToken].Folded))
                { i++; continue; }
                // A lone word inside a longer capitalised name ("Gabtali Bus Stand") names something else. After "the"
                // and a cue it names a building or a firm ("at the Justice Palace", "the Gafsa Phosphate Company"):
                // not where the event is, though it hints at the country. But a site named after its town, the name
                // then a site noun ("Donetsk Airport", "Hakkari Governor's Office"), is in the town.
                bool afterThe = found.Token > s.FirstToken && lex.Words.Has(WordClass.DefiniteArticle, tokens[found.Token - 1].Folded);
                bool site = found.EndToken < s.EndToken && lex.FacilityNouns.Contains(tokens[found.EndToken].Folded) && !afterThe
                    && !(found.Token > s.FirstToken && tokens[found.Token - 1].IsCapitalized && tokens[found.Token - 1].IsWord && !lex.PlaceStopwords.Contains(tokens[found.Token - 1].Folded));
                // "in North Waziristan's Mir Ali area": a cue written only after the name ("area", "district") is the whole
                // name's, so the lone word at its end is the tail of a name the gazetteer lacks, wherever else that word is a town.
                bool cueOnlyAfter = found.Cue != PlaceCue.None && CueAround(lex, doc.Text, tokens, s, found.Token, found.Token).Cue == PlaceCue.None;
                if (found.EndToken - found.Token == 1 && !site && (found.Cue == PlaceCue.None || afterThe || cueOnlyAfter)
                    && InsideName(doc.Text, tokens, s, found.Token, lex))
                {
                    if (found.Cue == PlaceCue.None || cueOnlyAfter && !afterThe) { i++; continue; }
                    found = found with { Cue = PlaceCue.None };
                }
                // "Edmond told CNN", "Kabul said": a lone name right before a verb of saying is a speaker, a person or a
                // government, not where anything happened.
                if (found.EndToken - found.Token == 1 && found.Cue == PlaceCue.None && found.EndToken < s.EndToken
                    && lex.Words.Has(WordClass.ReportVerb, tokens[found.EndToken].Folded))
                { i++; continue; }
                // "Pendjari National Park": a name of several words ending in a site noun, right after a capitalised word that
                // is no place cue, is the end of a longer site's name the gazetteer lacks, not the town ("National Park", New
                // Jersey) that bears it.
                if (found.EndToken - found.Token > 1 && found.Cue == PlaceCue.None && found.Token > s.FirstToken + 1
                    && lex.FacilityNouns.Contains(tokens[found.EndToken - 1].Folded)
                    && tokens[found.Token - 1].IsCapitalized && tokens[found.Token - 1].IsWord && !lex.PlaceStopwords.Contains(tokens[found.Token - 1].Folded)
                    && !HyphenBetween(doc.Text, tokens[found.Token - 1], tokens[found.Token])
                    && !doc.Countries.Any(c => c.Token < found.Token && found.Token <= c.EndToken))
                { i = found.EndToken; continue; }
                // "in Ayn Laylah", "in Los Pijiguaos": a lone name followed by a capitalised word that is no site (facility-nouns.txt)
                // and no name the gazetteer knows is the first word of a longer name it lacks, not a place of its own.
                if (found.EndToken - found.Token == 1 && found.Cue != PlaceCue.None && UnknownNameFollows(doc.Text, tokens, s, found.EndToken, lex, gaz, blocked, country))
                { i++; continue; }
                mentions.Add(found with { AfterArticle = afterThe });
                i = found.EndToken;
            }
        }
        // "Ambalanjanakomby (Maevatanana, Betsiboka)": a name the gazetteer lacks, then its district in
        // parentheses. The district is where the event is near, not where it is.
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Token >= 2 && tokens[m.Token - 1].Folded == "(" && tokens[m.Token - 2].IsCapitalized
                && (k == 0 || mentions[k - 1].EndToken < m.Token - 1) && m.Cue == PlaceCue.None)
                mentions[k] = m with { Cue = PlaceCue.Near };
        }
        // "entre Mopti et Djenné", "reliant Kayes, dans l'ouest, à Diéma", "l'axe Kaya-Dori": the name a route
        // joiner brings in after a route's first end is its other end, not where the event is.
        for (int k = 1; k < mentions.Count; k++)
        {
            var (prev, m) = (mentions[k - 1], mentions[k]);
            if (!prev.RouteStart || prev.Sentence != m.Sentence || m.Token - prev.EndToken > 7) continue;
            bool hyphen = m.Token == prev.EndToken && HyphenBetween(doc.Text, tokens[prev.EndToken - 1], tokens[m.Token]);
            bool joiner = Enumerable.Range(Math.Max(prev.EndToken, m.Token - 2), m.Token - Math.Max(prev.EndToken, m.Token - 2))
                .Any(j => lex.PlaceCues.MatchAt(tokens, j, m.Token) is { Length: > 0 } r && j + r.Length == m.Token && r.Values.Any(e => e.Kind == PlaceCueKind.RouteEnd));
            if (hyphen || joiner) mentions[k] = m with { RouteEnd = true, RouteStart = false };
        }
        // "In Kragujevac, the march also set off": a one-word "at" cue that starts the sentence, the name, then a comma.
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            var s = doc.Sentences[m.Sentence];
            if (m.Cue == PlaceCue.At && m.Token == s.FirstToken + 1 && m.EndToken < s.EndToken && tokens[m.EndToken].Folded == ","
                && lex.PlaceCues.MatchAt(tokens, s.FirstToken, m.Token) is { Length: 1 } cue && cue.Values.Any(e => e.Before && e.Kind == PlaceCueKind.At))
                mentions[k] = m with { OpensSentence = true };
        }
        // A country's name inside the name of a place elsewhere is no mention of the country: Port of Spain is in
        // Trinidad. Inside one of its own places ("Ciudad de Mexico") it still says the country.
        var countries = doc.Countries.Where(c => c.IsCue || !mentions.Any(m => m.Token <= c.Token && c.EndToken <= m.EndToken
            && m.Places.All(p => p.CountryCode != c.Iso2) && m.Admin1s.All(a => a.CountryCode != c.Iso2))).ToImmutableArray();
        // "on the outskirts of Delhi in 2020-21": a past year right after the name dates the place to the story's history.
        if (doc.Document.Published is DateOnly published)
            for (int k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                var s = doc.Sentences[m.Sentence];
                int after = m.EndToken + (m.KindWord is not null && !m.KindBefore ? 1 : 0);
                if (Enumerable.Range(after, Math.Max(0, Math.Min(s.EndToken, after + HistoryYearReach) - after)).Any(j => TriggerStage.IsPastYear(lex, doc, s, j, published)))
                    mentions[k] = m with { OfHistory = true };
            }
        var leveled = mentions.Select(m => m.KindWord is null ? m : Leveled(lex, m)).ToList();
        leveled = leveled.Select(m => RegionNamedElsewhere(doc.Text, leveled, m, gaz)).ToList();
        return doc with { Places = LinkContainers(doc.Text, leveled, tokens, lex.Words), Countries = countries, FiledFrom = FiledFrom(doc, gaz) };
    }

    /// <summary>
    /// The country of the city a dateline opens on ("PESHAWAR:", "MAIDUGURI, Nigeria (AP)"): its first capitalised words, longest
    /// first, that the gazetteer knows as a place of some size by its own name, taken when the largest place of that name is a city and
    /// ten times as large as any namesake in another country.
    /// </summary>
    private static string? FiledFrom(AnnotatedDocument doc, GazetteerIndex gaz)
    {
        var tokens = doc.Tokens;
        foreach (var part in doc.Structure.Where(p => p.Kind == NewsPartKind.Dateline))
        {
            int from = 0;
            while (from < tokens.Length && tokens[from].Span.Start < part.Span.Start) from++;
            int run = from;
            while (run < tokens.Length && run - from < 3 && tokens[run].Span.End <= part.Span.End && tokens[run].IsWord && tokens[run].IsCapitalized) run++;
            for (int n = run - from; n >= 1; n--)
            {
                // A place found under another of its names counts only as a city whose exonym the press writes ("KIEV"): "CNN:"
                // opens a story with its source, also an old name of Kannur.
                var places = gaz.FindPlaceMatches(string.Join(' ', Enumerable.Range(from, n).Select(k => tokens[k].Folded)))
                    .Where(m => !m.ByAlternateName || m.Place.Population >= 500_000).Select(m => m.Place).ToList();
                if (places.Count == 0) continue;
                var byCountry = places.GroupBy(p => p.CountryCode).Select(g => (Country: g.Key, Population: g.Max(p => p.Population)))
                    .OrderByDescending(x => x.Population).ToList();
                bool city = byCountry[0].Population >= FiledFromCity;
                return city && (byCountry.Count == 1 || byCountry[0].Population >= 10 * byCountry[1].Population) ? byCountry[0].Country : null;
            }
            return null;
        }
        return null;
    }

    /// <summary>How far after a name a past year may stand to date it: "Delhi in 2020", "Delhi, in 2019".</summary>
    private const int HistoryYearReach = 3;

    /// <summary>The population from which a dateline's place is taken for a city a story may be filed from.</summary>
    private const long FiledFromCity = 50_000;

    /// <summary>The rule that reads a kind word as a first-level division by the language's region words ("province", "state").</summary>
    public const string RegionWordRule = "region-word";

    /// <summary>
    /// The rule that reads a kind word as a first-level division because division-words.tsv gives it as what a country of
    /// the name's regions calls them: "department" is Colombia's first level ("the department of Caldas", "Caldas
    /// department"), though a second level elsewhere.
    /// </summary>
    public const string CountryDivisionWordRule = "country-division-word";

    /// <summary>
    /// The rule that reads a bare name as the first-level division the story names elsewhere with its kind word: "eight soldiers killed
    /// in Caldas" where the story also tells "the department of Caldas".
    /// </summary>
    public const string RegionNamedElsewhereRule = "region-named-elsewhere";

    /// <summary>
    /// A bare name (no kind word) the story elsewhere names as a first-level division with its kind word, read as that
    /// division: the writer said which of the namesakes the name is. Not where a town of the name is the division's seat:
    /// "Kandahar province ... a blast in Kandahar" tells the city.
    /// </summary>
    private static PlaceMention RegionNamedElsewhere(string text, IReadOnlyList<PlaceMention> mentions, PlaceMention m, GazetteerIndex gaz)
    {
        if (m.KindWord is not null || m.Admin1s.Count == 0) return m;
        var name = TextFold.Fold(text[m.Span.Start..m.Span.End]);
        var region = mentions.FirstOrDefault(r => r.KindDivision == DivisionLevel.Region && r.Admin1s.Count > 0
            && TextFold.Fold(text[r.Span.Start..r.Span.End]) == name && r.Admin1s.Any(m.Admin1s.Contains));
        if (region is null) return m;
        var admin1s = m.Admin1s.Where(region.Admin1s.Contains).ToList();
        if (admin1s.Any(a => gaz.SeatOf(a) is { } seat && m.Places.Any(p => p.Id == seat.Id))) return m;
        return m with { Admin1s = admin1s, KindDivision = DivisionLevel.Region, KindRule = RegionNamedElsewhereRule };
    }

    /// <summary>The rule that reads a kind word as a second-level division ("district", "county").</summary>
    public const string DistrictWordRule = "district-word";

    /// <summary>
    /// The mention with the level of division its kind word names, and the rule that says so: "province" a region, "district"
    /// a second-level division, and a word a country of the name's first-level divisions calls them by (division-words.tsv)
    /// that country's region, whatever level the word names elsewhere.
    /// </summary>
    private static PlaceMention Leveled(Lexicon lex, PlaceMention m)
    {
        var kindWord = m.KindWord!;
        var (level, rule) = lex.Words.Has(WordClass.RegionWord, kindWord) ? (DivisionLevel.Region, RegionWordRule)
            : m.Admin1s.Any(a => lex.DivisionWords.TryGetValue(a.CountryCode, out var called) && called.Contains(kindWord)) ? (DivisionLevel.Region, CountryDivisionWordRule)
            : lex.Words.Has(WordClass.DistrictWord, kindWord) ? (DivisionLevel.District, DistrictWordRule) : (DivisionLevel.None, null);
        return m with { KindDivision = level, KindRule = rule };
    }

    /// <summary>
    /// A capitalised word right before or after, joined by a space ("Gabtali Bus Stand"). A hyphen joins two
    /// names as often as one ("the Halba-Qoubaiyat road" runs between two towns), so it does not count.
    /// </summary>
    private static bool InsideName(string text, IReadOnlyList<Token> tokens, Sentence s, int at, Lexicon lex)
    {
        bool before = at > s.FirstToken + 1 && tokens[at - 1].IsCapitalized && tokens[at - 1].IsWord && !lex.PlaceStopwords.Contains(tokens[at - 1].Folded)
            && !HyphenBetween(text, tokens[at - 1], tokens[at]);
        bool after = at + 1 < s.EndToken && tokens[at + 1].IsCapitalized && tokens[at + 1].IsWord
            && lex.PlaceCues.MatchAt(tokens, at + 1, s.EndToken).Length == 0 && !HyphenBetween(text, tokens[at], tokens[at + 1]);
        return before || after;
    }

    /// <summary>
    /// A joiner (name-joiners.txt: the words that join the parts of one Romance or Persian name, "Altos de San Lorenzo") written
    /// as a word of its own between spaces: not the "-e-" of "Baghlan-e-Markazi", a name of one piece. Between two capitalised
    /// words it makes one name; a name before it may be the place, known to the gazetteer by its short form ("San Andres [de]
    /// Tuxtla"); either way the mention spans the whole.
    /// </summary>
    private static bool IsJoiner(string text, Token t, Lexicon lex) => t.IsWord && !t.IsCapitalized && lex.NameJoiners.Contains(t.Folded)
        && t.Span.Start > 0 && text[t.Span.Start - 1] == ' ' && t.Span.End < text.Length && text[t.Span.End] == ' ';

    /// <summary>A capitalised word that may continue a name: no actor's or country's word.</summary>
    private static bool IsNameWord(IReadOnlyList<Token> tokens, int k, bool[] blocked, bool[] country) =>
        tokens[k].IsCapitalized && tokens[k].IsWord && !blocked[k] && !country[k];

    /// <summary>Whether a joiner and a capitalised word come right before the name at <paramref name="at"/> ("Altos de | San Lorenzo").</summary>
    private static bool JoinedBefore(string text, IReadOnlyList<Token> tokens, Sentence s, int at, Lexicon lex) =>
        at >= s.FirstToken + 2 && IsJoiner(text, tokens[at - 1], lex)
        && tokens[at - 2].IsCapitalized && tokens[at - 2].IsWord && !lex.PlaceStopwords.Contains(tokens[at - 2].Folded);

    /// <summary>Whether a hyphen, and nothing else, joins token <paramref name="a"/> to the next, <paramref name="b"/> ("Petion-Ville").</summary>
    private static bool HyphenBetween(string text, Token a, Token b) => b.Span.Start == a.Span.End + 1 && text[a.Span.End] is '-' or '\u2010';

    /// <summary>
    /// Whether the word at <paramref name="at"/>, right after a lone place name, is a capitalised word of a longer name the
    /// gazetteer lacks: not a stop word, site noun, particle, place cue, actor, country, or a name the gazetteer knows.
    /// </summary>
    private static bool UnknownNameFollows(string text, IReadOnlyList<Token> tokens, Sentence s, int at, Lexicon lex, GazetteerIndex gaz, bool[] blocked, bool[] country)
    {
        if (at >= s.EndToken) return false;
        var next = tokens[at];
        if (!next.IsCapitalized || !next.IsWord || blocked[at] || country[at] || next.Span.Start != tokens[at - 1].Span.End + 1 || text[tokens[at - 1].Span.End] != ' ') return false;
        if (lex.PlaceStopwords.Contains(next.Folded) || lex.FacilityNouns.Contains(next.Folded) || lex.NameParticles.Contains(next.Folded)) return false;
        if (lex.PlaceCues.MatchAt(tokens, at, s.EndToken).Length > 0) return false;
        return gaz.FindPlaceMatches(next.Folded).Count == 0 && gaz.FindAdmin1(next.Folded).Count == 0 && gaz.FindAdmin2(next.Folded).Count == 0;
    }

    /// <summary>What the words around a name say of it: its cue, the kind word after it ("X district") or before it
    /// ("région de X"), and whether a route's words ("entre", "route between") name it as a route's first end.</summary>
    private readonly record struct Around(PlaceCue Cue, string? Kind, bool KindBefore, bool RouteStart);

    /// <summary>Whether a near phrase ("à 40 km de", "près de") ends at <paramref name="at"/>, or one word before it when that word is a definite article.</summary>
    private static bool NearEndsAt(Lexicon lex, IReadOnlyList<Token> tokens, Sentence s, int at)
    {
        for (int from = at - 1; from >= Math.Max(s.FirstToken, at - 5); from--)
        {
            var (len, entries) = lex.PlaceCues.MatchAt(tokens, from, at);
            int gap = at - (from + len);
            if (len == 0 || gap > 1 || (gap == 1 && !lex.Words.Has(WordClass.DefiniteArticle, tokens[at - 1].Folded))) continue;
            if (entries.Any(e => e.Before && e.Kind == PlaceCueKind.Near)) return true;
        }
        return false;
    }

    /// <summary>Whether a token can end a name: a capitalised word, or the parenthesis closing its other name ("Sidakan (Soran)").</summary>
    private static bool EndsName(Token t) => t.IsCapitalized && t.IsWord || t.Folded == ")";

    private static Around CueAround(Lexicon lex, string text, IReadOnlyList<Token> tokens, Sentence s, int start, int end)
    {
        var cue = PlaceCue.None;
        string? kind = null;
        bool kindBefore = false, routeStart = false;
        // "l'axe Toéni-Tougan": the second part of a hyphenated pair the gazetteer knows alone shares the pair's cue; not the
        // name after an article ("Al-Hasan"), which is one name.
        while (start - 1 > s.FirstToken && tokens[start - 1].IsCapitalized && tokens[start - 1].IsWord && !lex.NameParticles.Contains(tokens[start - 1].Folded) && HyphenBetween(text, tokens[start - 1], tokens[start])) start--;
        // Before: a cue phrase ending right at the name, allowing a definite article between ("in the town of X",
        // "dans la région de la Boucle du Mouhoun").
        int cueFrom = -1;
        for (int from = start - 1; from >= Math.Max(s.FirstToken, start - 4) && cue == PlaceCue.None; from--)
        {
            var (len, entries) = lex.PlaceCues.MatchAt(tokens, from, start);
            int gap = start - (from + len);
            if (len == 0 || gap > 1 || (gap == 1 && !lex.Words.Has(WordClass.DefiniteArticle, tokens[start - 1].Folded))) continue;
            foreach (var e in entries.Where(e => e.Before))
            {
                if (e.Kind is PlaceCueKind.Near or PlaceCueKind.Between) cue = PlaceCue.Near;
                else if (e.Kind == PlaceCueKind.At) cue = PlaceCue.At;
                // French names the kind before the name: "cercle de Douentza", "province du Séno"; English too with "of" ("the
                // department of Caldas"). Not a kind word that ends the name before it: in "Kara-Suu district of Osh" or "Sidakan
                // (Soran) region of Erbil" the district is Kara-Suu, the region Sidakan, and the name after holds it.
                else if (e.Kind == PlaceCueKind.Kind && kind is null && !(from > s.FirstToken && EndsName(tokens[from - 1])))
                    (kind, kindBefore) = (tokens[from].Folded, true);
            }
            if (cue != PlaceCue.None) cueFrom = from;
        }
        // "à 40 km de la ville de Djibo", "près de la commune de X": a phrase naming the place's kind ("ville de") says it is
        // in the town, but a near phrase ending right before it (or its article) tells the event is only close to it.
        if (cue == PlaceCue.At && cueFrom > s.FirstToken && NearEndsAt(lex, tokens, s, cueFrom)) cue = PlaceCue.Near;
        // "sur la route reliant la ville de Kayes ... à Diéma", "entre Mopti et Djenné": a route's words a few
        // words before the name make it the route's first end.
        for (int from = start - 1; from >= Math.Max(s.FirstToken, start - 5) && !routeStart; from--)
        {
            var (len, entries) = lex.PlaceCues.MatchAt(tokens, from, start);
            routeStart = len > 0 && entries.Any(e => e.Before && e.Kind == PlaceCueKind.Between);
        }
        // ACLED codes a road's event near its first end (precision 2), even where the name comes with its kind
        // ("la route reliant la ville de Kayes à Diéma"): the kind's "at" does not put the event in the town.
        if (routeStart && cue is PlaceCue.None or PlaceCue.At) cue = PlaceCue.Near;
        // "was evacuated to a clinic in Nairobi": a phrase of taking people away, ending right at the name (or its article),
        // outweighs the "in" inside it.
        for (int from = start - 1; from >= Math.Max(s.FirstToken, start - 5); from--)
        {
            var (len, entries) = lex.PlaceCues.MatchAt(tokens, from, start);
            int gap = start - (from + len);
            if (len > 0 && (gap == 0 || gap == 1 && lex.Words.Has(WordClass.DefiniteArticle, tokens[start - 1].Folded))
                && entries.Any(e => e.Before && e.Kind == PlaceCueKind.TakenTo)) { cue = PlaceCue.TakenTo; break; }
        }
        // After: "X area", "X district", "X city". Every phrase starting there, not the longest alone: "Yuksekova district of
        // Hakkari" is Yuksekova's district, though "district of" is the kind told before Hakkari.
        if (end < s.EndToken)
        {
            foreach (var e in lex.PlaceCues.MatchAllAt(tokens, end, s.EndToken).SelectMany(m => m.Values).Where(e => !e.Before))
            {
                if (e.Kind == PlaceCueKind.Near) cue = PlaceCue.Near;
                else if (e.Kind == PlaceCueKind.Kind) (kind, kindBefore) = (tokens[end].Folded, false);
            }
        }
        return new Around(cue, kind, kindBefore, routeStart);
    }

    /// <summary>Whether a mention can name a division: a first- or second-level one, whatever else it may name.</summary>
    private static bool NamesDivision(PlaceMention m) => m.Admin1s.Count > 0 || m.Admin2s.Count > 0;

    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="to"/> join a place to its division: "in", "in the countryside of", "of".</summary>
    private static bool InOrOf(IReadOnlyList<Token> tokens, int from, int to, WordClasses words)
    {
        if (to <= from || to - from > 5) return false;
        bool preposition = false;
        for (int k = from; k < to; k++)
        {
            if (!words.Has(WordClass.ContainerLink, tokens[k].Folded)) return false;
            preposition |= words.Has(WordClass.ContainerPreposition, tokens[k].Folded);
        }
        return preposition;
    }

    /// <summary>"X (A, B)", "X, A", "X district, A": the names after X, joined by commas or inside parentheses, contain it.</summary>
    private static ImmutableArray<PlaceMention> LinkContainers(string text, List<PlaceMention> mentions, IReadOnlyList<Token> tokens, WordClasses words)
    {
        var result = mentions.ToArray();
        for (int i = 0; i < result.Length; i++)
        {
            var containers = new List<int>();
            int prevEnd = result[i].EndToken;
            if (result[i].KindWord is not null && !result[i].KindBefore) prevEnd++;
            for (int j = i + 1; j < result.Length && result[j].Sentence == result[i].Sentence; j++)
            {
                bool joined = true;
                int opens = 0;
                // "Naushera sector area (Rajouri district)": a few lower-case words may come between a name and
                // the parenthesis that opens its containers.
                int skip = 0;
                // "Mentao (Pobe-Mengao, Soum)": the parts of a hyphenated name the gazetteer lacks share its containers.
                if (containers.Count == 0 && result[j].Token == prevEnd && HyphenBetween(text, tokens[prevEnd - 1], tokens[prevEnd]))
                {
                    prevEnd = result[j].EndToken + (result[j].KindWord is not null && !result[j].KindBefore ? 1 : 0);
                    continue;
                }
                if (containers.Count == 0)
                    while (skip < 3 && prevEnd + skip < result[j].Token && tokens[prevEnd + skip].Shape == Sitrep.Text.TokenShape.Lower) skip++;
                if (skip > 0 && tokens[prevEnd + skip].Folded != "(") skip = 0;
                for (int k = prevEnd + skip; k < result[j].Token && joined; k++)
                {
                    var f = tokens[k].Folded;
                    if (f == "(") opens++;
                    // Inside the parenthesis a name the gazetteer lacks may come first: "(Nelson Mandela Bay, Eastern Cape)".
                    // "Dawlat Abad district center, Balkh", "Maan town, Hama": a word for the place's kind or its centre may come first.
                    joined = f is "," or "(" || (words.Has(WordClass.ContainerKindWord, f) && k == prevEnd)
                        || (opens > 0 && tokens[k].IsCapitalized && tokens[k].IsWord);
                }
                // "Maan town in Hama countryside", "a village in Jalawla district of Kirkuk province", "Busra
                // in the countryside of Dar'a": a division named right after "in" or "of" holds the place before it.
                if ((!joined || result[j].Token == prevEnd + skip) && containers.Count == 0 && NamesDivision(result[j]))
                    joined = InOrOf(tokens, prevEnd, result[j].Token, words);
                else if (!joined || result[j].Token == prevEnd + skip) break;
                if (!joined) break;
                containers.Add(j);
                prevEnd = result[j].EndToken + (result[j].KindWord is not null && !result[j].KindBefore ? 1 : 0);
            }
            if (containers.Count == 0) continue;
            result[i] = result[i] with { Containers = containers };
            foreach (var j in containers) result[j] = result[j] with { IsContainer = true };
        }
        return [.. result];
    }
}
