using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Sitrep.Events;

namespace Sitrep.Dedup;

/// <summary>
/// What the matcher reads of one report: its coded day, place, kind, actors and toll, and the names its text
/// uses. Small and fixed once the report is coded, so a store keeps it beside the report and compares a new
/// report with its neighbours without decoding their whole coded events.
/// </summary>
public sealed record ReportFeatures
{
    [JsonPropertyName("doc")] public required string DocId { get; init; }
    [JsonPropertyName("date")] public DateOnly? EventDate { get; init; }
    [JsonPropertyName("tp"), JsonConverter(typeof(JsonNumberEnumConverter<TimePrecision>))] public TimePrecision TimePrecision { get; init; } = TimePrecision.Day;
    /// <summary>The report dates the event, or tells its act, by a night ("overnight", "dans la nuit"), which straddles two dates (<see cref="TimeWords"/>).</summary>
    [JsonPropertyName("night")] public bool Night { get; init; }
    [JsonPropertyName("country")] public string Country { get; init; } = "";
    [JsonPropertyName("admin1")] public string Admin1 { get; init; } = "";
    [JsonPropertyName("location")] public string Location { get; init; } = "";
    [JsonPropertyName("lat")] public double? Latitude { get; init; }
    [JsonPropertyName("lon")] public double? Longitude { get; init; }
    [JsonPropertyName("gp"), JsonConverter(typeof(JsonNumberEnumConverter<GeoPrecision>))] public GeoPrecision GeoPrecision { get; init; } = GeoPrecision.Region;
    [JsonPropertyName("type")] public string EventType { get; init; } = "";
    [JsonPropertyName("sub")] public string SubEventType { get; init; } = "";
    [JsonPropertyName("actor1")] public string Actor1 { get; init; } = "";
    [JsonPropertyName("actor2")] public string Actor2 { get; init; } = "";
    /// <summary>ACLED's inter codes of the two actors (0 when unknown, as in features stored before they were kept).</summary>
    [JsonPropertyName("inter1"), JsonConverter(typeof(JsonNumberEnumConverter<Inter>))] public Inter Inter1 { get; init; }
    [JsonPropertyName("inter2"), JsonConverter(typeof(JsonNumberEnumConverter<Inter>))] public Inter Inter2 { get; init; }
    [JsonPropertyName("dead")] public int Fatalities { get; init; }
    /// <summary>The day the report was published: a later report's higher toll is an update of an earlier one's.</summary>
    [JsonPropertyName("published")] public DateOnly? Published { get; init; }
    /// <summary>Names written beside the coded place (a village, a quarter, a front): what sets two nearby events apart.</summary>
    [JsonPropertyName("beside")] public ImmutableArray<string> PlaceNames { get; init; } = [];
    /// <summary>Names in the sentences the event was coded from, besides the coded place, day and actors.</summary>
    [JsonPropertyName("names")] public ImmutableArray<string> EventNames { get; init; } = [];
    /// <summary>
    /// The names of the whole document (folded to lower case), besides its coded place, day and actors: whether it
    /// mentions a place another report names, and the people, groups and places two reports of one event both name.
    /// </summary>
    [JsonPropertyName("all")] public ImmutableArray<string> DocumentNames { get; init; } = [];

    /// <summary>
    /// The names the document writes in two words, joined and folded ("Abdel Kader" as "abdelkader"): the one name
    /// another outlet writes as one word ("Abdulkadir"), as transliterations of a name differ on where it breaks.
    /// </summary>
    [JsonPropertyName("joined")] public ImmutableArray<string> JoinedNames { get; init; } = [];

    /// <summary>
    /// Names the event's sentences write right after a settlement's phrase ("la commune de Tindi", <see cref="SettlementWords"/>),
    /// besides the coded place: the village the event is at, which the gazetteer may lack.
    /// </summary>
    [JsonPropertyName("settlements")] public ImmutableArray<string> Settlements { get; init; } = [];

    /// <summary>The words of the coded place and actors, folded: what shared names leave out, as those are weighed on their own.</summary>
    [JsonPropertyName("coded")] public ImmutableArray<string> CodedWords { get; init; } = [];

    /// <summary>
    /// The words and numbers of the event's sentences peculiar to the event (<see cref="Dedup.EventWords"/>): the stems of the
    /// words no list of common words or lexicon holds ("bus", "wedding", "checkpoint") and the numbers besides the coded toll
    /// and the date's ("60" wounded, "14" seats), sorted; none for a language without a list of common words.
    /// </summary>
    [JsonPropertyName("words")] public ImmutableArray<string> EventWords { get; init; } = [];

    /// <summary>The document says it is one of several events cut from one source report (<see cref="SplitPhrases"/>).</summary>
    [JsonPropertyName("split")] public bool SplitPart { get; init; }

    /// <summary>The evidence field of the far end of the road the coded place is on, as the coder writes it.</summary>
    private const string RouteEndField = Coding.Resolve.EventPlaceStage.RouteEndField;

    /// <summary>The evidence field of the words that tell the act (the trigger of its sub-event type), as the coder writes it.</summary>
    private const string ActField = Coding.Resolve.EventTypeStage.Field;

    /// <summary>The words of a place written before or after the coded place that count as beside it.</summary>
    private const int BesideWords = 5;

    private static readonly Regex Word = new(@"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)?", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The features of a coded report. <paramref name="text"/> is its document's text (the evidence offsets point into
    /// it); without it only the coded fields and the evidence are read. A name is a word written with a capital, not first in its
    /// sentence, that the document never writes in lower case, so a capitalised common word ("Police said") is no name.
    /// </summary>
    public static ReportFeatures Of(CodedEvent e, string? text) => Of(e, text, NotPlaceWords.Default);

    /// <summary>
    /// The features of a coded report, where <paramref name="notPlaces"/> are the words never counted as a place beside the coded one,
    /// <paramref name="split"/> the phrases that tell a report is a part of a split one and <paramref name="time"/> the words of
    /// months, weekdays and the night (default: the shipped ones).
    /// </summary>
    public static ReportFeatures Of(CodedEvent e, string? text, NotPlaceWords notPlaces, SplitPhrases? split = null, TimeWords? time = null, SettlementWords? settlementWords = null, EventWords? eventWords = null)
    {
        text ??= string.Join(". ", e.Evidence.Select(x => x.Text).Append(e.Notes));
        time ??= TimeWords.Default;
        settlementWords ??= SettlementWords.Default;
        var words = Word.Matches(text);
        // Each word as the features keep names, folded once for every use below.
        var foldedWords = words.Select(m => FoldName(m.Value)).ToArray();
        var lower = words.Select(m => m.Value).Where(w => w.Any(char.IsLetter) && w.All(c => !char.IsUpper(c))).ToHashSet(StringComparer.Ordinal);
        // A month or a weekday is written with a capital and names nothing: the day is weighed on its own.
        bool IsName(string w) => char.IsUpper(w[0]) && !lower.Contains(w.ToLowerInvariant()) && !time.Calendar.Contains(FoldName(w));
        var coded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in new[] { e.Location, e.Admin1, e.Admin2, e.Admin3, e.Country, e.Actor1, e.Actor2, e.AssocActor1, e.AssocActor2 })
            coded.UnionWith(Fold(field));
        foreach (var x in e.Evidence.Where(x => x.Field is "event_date" or "location" or "actor1" or "actor2"))
            coded.UnionWith(Fold(x.Text));
        // The brackets written with the place hold what contains it ("Bamenda town (Mezam, Nord-Ouest)", "in Chennai city
        // (Chennai, TN)", "(Afgooye, Lower Shabelle)"): a district, a province, an abbreviation of it, which any two reports
        // of that area share whatever the event, so they are coded words, not names peculiar to the event.
        // Evidence spans index the text they were coded from; a text given in its place (a note) may not hold them.
        bool InText(Evidence x) => x.Start >= 0 && x.Start <= x.End && x.End <= text.Length;
        foreach (var x in e.Evidence.Where(x => x.Field == "location" && InText(x)))
            if (BracketsWith(text, x.Start, x.End) is var (from, to)) coded.UnionWith(Fold(text[from..to]));

        // The night straddles two dates: a night word in the date the report was coded from, or in the two words after it
        // ("Friday night") or before it ("dans la nuit de mardi à mercredi", "on the night of Saturday"), or in a sentence
        // that tells the act itself ("they stormed the house overnight"), however the report dates it elsewhere.
        bool night = e.Evidence.Where(x => x.Field == "event_date" && InText(x))
            .Any(x => words.Where(m => m.Index + m.Length > x.Start && m.Index < x.End).Concat(words.Where(m => m.Index >= x.End).Take(2))
                .Concat(words.Where(m => m.Index + m.Length <= x.Start).TakeLast(2))
                .Any(m => time.Night.Contains(FoldName(m.Value))))
            || e.Evidence.Where(x => x.Field == ActField && InText(x)).Select(x => SentenceAround(text, x.Start, x.End)).Distinct()
                .Any(s => Enumerable.Range(0, words.Count).Any(i => words[i].Index >= s.From && words[i].Index + words[i].Length <= s.To && time.Night.Contains(foldedWords[i])));
        var beside = new SortedSet<string>(StringComparer.Ordinal);
        var named = new SortedSet<string>(StringComparer.Ordinal);
        var settlements = new SortedSet<string>(StringComparer.Ordinal);
        var person = PersonNameWords(text, words, foldedWords, IsName);
        var roadEnds = e.Evidence.Where(x => x.Field == RouteEndField && InText(x)).ToList();
        foreach (var x in e.Evidence)
        {
            if (x.Start < 0 || x.End > text.Length || x.Start > x.End) continue;
            var (from, to) = SentenceAround(text, x.Start, x.End);
            // "la commune de Tindi": the name right after a settlement's phrase, not a coded word nor a country's.
            var within = Enumerable.Range(0, words.Count).Where(i => words[i].Index >= from && words[i].Index + words[i].Length <= to).ToList();
            var folded = within.Select(i => foldedWords[i]).ToList();
            for (int k = 1; k < within.Count; k++)
                if (IsName(words[within[k]].Value) && !coded.Contains(folded[k]) && !notPlaces.Contains(folded[k]) && settlementWords.EndsBefore(folded, k)) settlements.Add(folded[k]);
            // A sentence's first word is capitalised whatever it is ("On 5 May", "No one"): it tells no name.
            var sentence = within.Skip(1).Select(i => words[i]).ToList();
            named.UnionWith(sentence.Select(m => m.Value).Where(IsName).Select(FoldName).Where(w => !coded.Contains(w) && !w.All(char.IsDigit)));
            if (x.Field != "location") continue;
            // A word joined to the place by a hyphen is part of its name (the airport of "Bamako-Sénou"), not a place beside it.
            var near = sentence.Where(m => m.Index + m.Length <= x.Start && !Joined(text, m.Index + m.Length, x.Start)).TakeLast(BesideWords)
                .Concat(sentence.Where(m => m.Index >= x.End && !Joined(text, x.End, m.Index)).Take(BesideWords));
            // A country's name, a demonym or a word of direction in any language is no other place ("au Tchad", "eastern").
            // A generic word right before a country or a coded word qualifies it ("in eastern Congo" beside Goma): no place either.
            bool Qualifies(Match m) => notPlaces.Generic.Contains(FoldName(m.Value))
                && sentence.FirstOrDefault(n => n.Index > m.Index) is { } next && (notPlaces.Contains(FoldName(next.Value)) || coded.Contains(FoldName(next.Value)));
            // The far end of the road the place is on ("la route reliant Douentza à X", the coder's route_end evidence) is where
            // the road leads: a report that names it names the road, not a second place that another report would have to name.
            bool RoadEnd(Match m) => roadEnds.Any(r => m.Index >= r.Start && m.Index + m.Length <= r.End);
            beside.UnionWith(near.Where(m => !Qualifies(m) && !person.Contains(m.Index) && !RoadEnd(m)).Select(m => m.Value).Where(IsName).Select(FoldName).Where(w => !coded.Contains(w) && !notPlaces.Contains(w)));
        }
        return new ReportFeatures
        {
            DocId = e.DocId, EventDate = e.EventDate, TimePrecision = e.TimePrecision, Night = night,
            Country = e.Country, Admin1 = e.Admin1, Location = e.Location, Latitude = e.Latitude, Longitude = e.Longitude, GeoPrecision = e.GeoPrecision,
            EventType = e.EventType, SubEventType = e.SubEventType, Actor1 = e.Actor1, Actor2 = e.Actor2, Inter1 = e.Inter1, Inter2 = e.Inter2, Fatalities = e.Fatalities,
            Published = e.Sources.Where(s => s.DocId == e.DocId).Select(s => s.Published).FirstOrDefault(),
            PlaceNames = [.. beside], EventNames = [.. named], Settlements = [.. settlements],
            SplitPart = (split ?? SplitPhrases.Default).FoundIn(foldedWords),
            CodedWords = [.. new[] { e.Location, e.Admin1, e.Country, e.Actor1, e.Actor2 }.SelectMany(Fold).Distinct().Order(StringComparer.Ordinal)],
            DocumentNames = [.. words.Where(m => !StartsSentence(text, m.Index) && IsName(m.Value)).Select(m => FoldName(m.Value))
                .Where(w => !coded.Contains(w) && !w.All(char.IsDigit)).Distinct().Order(StringComparer.Ordinal)],
            EventWords = Wording(e, text, words, foldedWords, IsName, coded, time, (eventWords ?? Dedup.EventWords.Default).For(text)),
            JoinedNames = [.. JoinedPairs(text, words, foldedWords, IsName).Where(w => !coded.Contains(w)).Distinct().Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The stems of the event's sentences' words that <paramref name="language"/> finds peculiar, besides names and coded
    /// words, and the numbers they write (in digits or in words: "nine", "une soixantaine") besides the coded toll and the
    /// date's: a number written within two words of a month or a weekday ("11 juin", "Saturday 12"), or that is the event's
    /// or the publication's day of the month (or the day before or after it, as a night straddles two) or year. Digits
    /// grouped by thousands ("3 490", "8,300") are one number.
    /// </summary>
    private static ImmutableArray<string> Wording(CodedEvent e, string text, MatchCollection words, string[] folded, Func<string, bool> isName,
        HashSet<string> coded, TimeWords time, EventWords.Language? language)
    {
        if (language is null) return [];
        var sentences = e.Evidence.Where(x => x.Start >= 0 && x.Start <= x.End && x.End <= text.Length)
            .Select(x => SentenceAround(text, x.Start, x.End)).Distinct().ToList();
        var notCounts = new HashSet<int> { 0, e.Fatalities };
        foreach (var d in new[] { e.EventDate, e.Sources.Where(s => s.DocId == e.DocId).Select(s => s.Published).FirstOrDefault() }.OfType<DateOnly>())
            notCounts.UnionWith([d.Day, d.AddDays(-1).Day, d.AddDays(1).Day, d.Year]);
        bool NearDate(int first, int last) =>
            Enumerable.Range(Math.Max(0, first - 2), Math.Min(words.Count, last + 3) - Math.Max(0, first - 2)).Any(k => time.Calendar.Contains(folded[k]));
        var found = new SortedSet<string>(StringComparer.Ordinal);
        void Count(int n, int first, int last)
        {
            if (!notCounts.Contains(n) && !NearDate(first, last)) found.Add(n.ToString(CultureInfo.InvariantCulture));
        }
        for (int i = 0; i < words.Count; i++)
        {
            var m = words[i];
            if (!sentences.Any(s => m.Index >= s.From && m.Index + m.Length <= s.To)) continue;
            if (m.Value[0] is >= '0' and <= '9' && m.Value.All(char.IsAsciiDigit))
            {
                // A number grouped by thousands: the groups of three digits that follow it after a space, a comma or a point.
                var digits = m.Value;
                int first = i;
                while (i + 1 < words.Count && words[i + 1].Length == 3 && words[i + 1].Value.All(char.IsAsciiDigit)
                    && Gap(text, words[i], words[i + 1]) is " " or "," or "." or "\u00a0" or "\u202f")
                    digits += words[++i].Value;
                if (int.TryParse(digits, out var n)) Count(n, first, i);
                continue;
            }
            // An elided article or preposition ("l'explosion", "d'autobus") is no part of the word.
            var word = folded[i];
            int apostrophe = word.LastIndexOfAny(['\u0027', '’']);
            if (apostrophe >= 0) word = word[(apostrophe + 1)..];
            if (language.Number(word) is int figure) Count(figure, i, i);
            else if (!isName(m.Value) && !coded.Contains(folded[i]) && language.Peculiar(word) is { } stem) found.Add(stem);
        }
        return [.. found];
    }

    /// <summary>Two names written one after the other with a space between ("Abdel Kader"), joined and folded.</summary>
    private static IEnumerable<string> JoinedPairs(string text, MatchCollection words, string[] folded, Func<string, bool> isName)
    {
        for (int i = 0; i + 1 < words.Count; i++)
            if (isName(words[i].Value) && isName(words[i + 1].Value) && Gap(text, words[i], words[i + 1]) == " ")
                yield return folded[i] + folded[i + 1];
    }

    /// <summary>
    /// The positions of the words of people's names: a run of names written one after the other ("Abdel Kader al-Fituri",
    /// a short lower-case part joined by a hyphen to the next name standing in it) whose last name the text also writes
    /// on its own ("Fituri was..."), as a text calls a person by the surname once it has given the whole name, never a
    /// place by the last word of its name. A person named beside the place is no other place.
    /// </summary>
    private static HashSet<int> PersonNameWords(string text, MatchCollection words, string[] folded, Func<string, bool> isName)
    {
        var positions = new HashSet<int>();
        int i = 0;
        while (i < words.Count)
        {
            if (!isName(words[i].Value)) { i++; continue; }
            int end = i;
            while (end + 1 < words.Count && Gap(text, words[end], words[end + 1]) is " " or "-" or "‑")
            {
                var next = words[end + 1];
                if (isName(next.Value)) { end++; continue; }
                // "al-Fituri", "el-Sisi": a short lower-case part joined to the name after it.
                if (end + 2 < words.Count && Gap(text, next, words[end + 2]) is "-" or "‑" && isName(words[end + 2].Value) && next.Value.All(char.IsLower)) { end += 2; continue; }
                break;
            }
            if (end > i)
            {
                var last = folded[end];
                bool alone = Enumerable.Range(0, words.Count).Any(k => (k < i || k > end) && folded[k] == last
                    && (k == 0 || Gap(text, words[k - 1], words[k]) is not (" " or "-" or "‑") || !isName(words[k - 1].Value) && !words[k - 1].Value.All(char.IsLower)));
                if (alone) for (int k = i; k <= end; k++) positions.Add(words[k].Index);
            }
            i = end + 1;
        }
        return positions;
    }

    private static string Gap(string text, Match a, Match b) => text[(a.Index + a.Length)..b.Index];

    /// <summary>Whether the report's document names <paramref name="name"/> (folded), among its names or its coded place and actors.</summary>
    public bool Mentions(string name) =>
        ImmutableArray.BinarySearch(DocumentNames, name, StringComparer.Ordinal) >= 0 || ImmutableArray.BinarySearch(CodedWords, name, StringComparer.Ordinal) >= 0;

    /// <summary>The words a place is written with in brackets, or that its containers are written in just after it.</summary>
    private const int BracketWords = 2;

    /// <summary>
    /// The inside of the brackets that hold [start, end) of the text, or of the brackets that open right after it (at
    /// most <see cref="BracketWords"/> words later: "Thanjavur city (Thanjavur, TN)"), within its sentence; null when none.
    /// </summary>
    private static (int From, int To)? BracketsWith(string text, int start, int end)
    {
        var (sentenceFrom, sentenceTo) = SentenceAround(text, start, end);
        int open = text.LastIndexOfAny(['(', '['], Math.Max(start - 1, 0), Math.Max(start - sentenceFrom, 0));
        if (open >= 0 && text.IndexOfAny([')', ']'], open, start - open) >= 0) open = -1;
        if (open < 0)
        {
            int i = end, words = 0;
            while (i < sentenceTo && text[i] is not ('(' or '[') && words <= BracketWords)
            {
                if (char.IsLetterOrDigit(text[i]) && (i == end || !char.IsLetterOrDigit(text[i - 1]))) words++;
                else if (text[i] is not (' ' or '-' or '\'') && !char.IsLetterOrDigit(text[i])) return null;
                i++;
            }
            if (i >= sentenceTo || words > BracketWords) return null;
            open = i;
        }
        int close = text.IndexOfAny([')', ']'], open);
        return close < 0 || close > sentenceTo ? null : (open + 1, close);
    }

    /// <summary>Whether [from, to) of the text is a hyphen and nothing else: two words written as one compound name.</summary>
    private static bool Joined(string text, int from, int to) => to - from == 1 && text[from] is '-' or '‑';

    private static bool StartsSentence(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && (text[i] is ' ' or '\t' or '"' or '“' or '\'' or '‘' or '(')) i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':';
    }

    private static IEnumerable<string> Fold(string s) => Word.Matches(s).Select(m => FoldName(m.Value));

    /// <summary>
    /// A name as the features keep it: in lower case, without its accents and without an English possessive, so that
    /// "Sékou" and "Sekou", "Fituri's" and "Fituri" are one name, as outlets write a name with or without them.
    /// </summary>
    public static string FoldName(string word)
    {
        var folded = word.ToLowerInvariant();
        if (folded.Length > 3 && (folded.EndsWith("'s", StringComparison.Ordinal) || folded.EndsWith("’s", StringComparison.Ordinal))) folded = folded[..^2];
        if (folded.All(char.IsAscii)) return folded;
        var decomposed = folded.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).Normalize(NormalizationForm.FormC);
    }

    /// <summary>The capitalised words of a name, folded as the features keep names: what another report's text would write of it.</summary>
    public static IEnumerable<string> NameWords(string name) =>
        Word.Matches(name).Select(m => m.Value).Where(w => char.IsUpper(w[0]) && !w.All(char.IsDigit)).Select(FoldName);

    /// <summary>The sentence holding [start, end): from after the last sentence end before it to the next one after it.</summary>
    private static (int From, int To) SentenceAround(string text, int start, int end)
    {
        int from = start;
        while (from > 0 && !EndsSentence(text, from - 1)) from--;
        int to = end;
        while (to < text.Length && !EndsSentence(text, to)) to++;
        return (from, to);
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
}
