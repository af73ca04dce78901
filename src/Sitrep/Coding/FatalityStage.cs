using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// Finds counts of the dead by ACLED's rules. A number attaches to the casualty word it
/// governs: just before it ("killing 5 civilians", "death toll rose to 12") or the first
/// one after it in the clause ("two soldiers ... died"). Numbers joined by "and" share the
/// word and add up ("two soldiers and four assailants died" is 6); numbers after
/// "including" are a part already counted. A count of the injured is never a fatality.
/// "at least N" is N; vague words code as ACLED does ("dozens" 12, "tens" 10, "hundreds" 100).
/// "No fatalities" and "fatalities coded as N" are totals for the event, and so is the share in
/// "fatalities are split across 3 events (5)"; "killed or wounded" counts no one dead.
/// </summary>
public sealed class FatalityStage : ICodingStage
{
    public string Name => "fatalities";
    public Annotation Needs => Annotation.Sentences | Annotation.Dates | Annotation.Countries | Annotation.Places;
    public Annotation Sets => Annotation.Fatalities;

    /// <param name="Update">The latest figure of a toll's update ("rose from 20 to 31"): the toll so far.</param>
    internal readonly record struct Quantity(int Start, int End, int Low, int High, bool Nested, bool Update = false);

    /// <summary>How far before a count a toll noun may stand: "portant le bilan encore provisoire de ces violences à 31 morts".</summary>
    private const int TollNounReach = 8;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var lex = resources.Lexicon;
        var words = lex.Words;
        var tokens = doc.Tokens;
        var found = ImmutableArray.CreateBuilder<FatalityMention>();
        foreach (var s in doc.Sentences)
        {
            if (s.IsBackground) continue;
            var casualties = lex.Casualties.FindAll(tokens, s.FirstToken, s.EndToken)
                .Select(c => (c.Start, c.Length, Death: c.Values[0].IsDeath, Victims: Cues.VictimsBefore(lex, tokens, s.FirstToken, c.Start, c.Values[0]))).ToList();
            if (casualties.Count == 0) continue;
            // "killed or wounded", "killed, injured or captured": the dead are not known, and ACLED counts none.
            casualties = casualties.Select(c => c.Death && UncertainDeath(words, tokens, c.Start + c.Length, s.EndToken) ? c with { Death = false } : c).ToList();

            // Explicit totals: "No fatalities", "N fatalities", "fatalities coded as N".
            // Numbers inside dates ("On 30 April 2020") are days and years, never counts.
            var quantities = Quantities(lex, tokens, s.FirstToken, s.EndToken)
                .Where(q => !doc.Dates.Any(d => d.Sentence == s.Index && d.Span.Overlaps(Span(tokens, q.Start, q.End)))).ToList();
            // "18 of the 24 attackers were killed", "neuf des 15 assaillants ont été abattus": the second count is
            // the group the first is a part of, and counts no one.
            quantities = [.. quantities.Where((q, i) => !(i > 0 && Partitive(words, tokens, quantities[i - 1], q)))];
            bool totalFound = false;
            foreach (var c in casualties.Where(c => c.Death && words.Has(WordClass.TotalNoun, tokens[c.Start].Folded)))
            {
                int coded = words.PhraseLengthAt(WordClass.CodedAs, tokens, c.Start + 1, s.EndToken);
                if (c.Start > s.FirstToken && words.Has(WordClass.NoneWord, tokens[c.Start - 1].Folded))
                {
                    found.Add(new FatalityMention(Span(tokens, c.Start - 1, c.Start + c.Length), s.Index, 0, 0, true));
                    totalFound = true;
                }
                else if (coded > 0 && c.Start + 1 + coded < s.EndToken)
                {
                    var q = quantities.FirstOrDefault(q => q.Start == c.Start + 1 + coded);
                    if (q.End > 0)
                    {
                        found.Add(new FatalityMention(Span(tokens, c.Start, q.End), s.Index, q.Low, q.Low, true) { IsCoded = true });
                        totalFound = true;
                    }
                }
                else if (quantities.FirstOrDefault(q => q.End == c.Start) is { End: > 0 } q)
                {
                    found.Add(new FatalityMention(Span(tokens, q.Start, c.Start + c.Length), s.Index, q.Low, q.High, true));
                    totalFound = true;
                }
            }
            // "Fatalities are split across 3 events (5)": the number in parentheses is this event's share.
            bool shareFound = false;
            if (!totalFound)
                foreach (var q in quantities)
                    if (q.Start > s.FirstToken && tokens[q.Start - 1].Folded == "(" && q.End < s.EndToken && tokens[q.End].Folded == ")"
                        && Enumerable.Range(Math.Max(s.FirstToken, q.Start - 8), q.Start - Math.Max(s.FirstToken, q.Start - 8)).Any(k => words.Has(WordClass.SplitWord, tokens[k].Folded)))
                    {
                        found.Add(new FatalityMention(Span(tokens, q.Start - 1, q.End + 1), s.Index, q.Low, q.Low, true));
                        totalFound = shareFound = true;
                        break;
                    }
            // "Fatalities split between two events" with no share given: each event takes its part, rounded up
            // (the first of them takes what does not divide evenly, as ACLED does).
            if (!shareFound)
                for (int k = s.FirstToken; k < s.EndToken; k++)
                {
                    if (!words.Has(WordClass.SplitWord, tokens[k].Folded)) continue;
                    var parts = quantities.FirstOrDefault(q => q.Start > k && q.Start <= k + 3 && q.End < s.EndToken && words.Has(WordClass.SplitPart, tokens[q.End].Folded));
                    if (parts.End > 0 && parts.Low > 1)
                        found.Add(new FatalityMention(Span(tokens, k, parts.End + 1), s.Index, 0, 0, false) { SplitInto = parts.Low });
                    break;
                }
            if (totalFound) continue;

            // Attach each quantity to a casualty word; groups joined by "and" share it.
            var attached = new (int Casualty, Quantity Q)[quantities.Count];
            for (int qi = quantities.Count - 1; qi >= 0; qi--)
            {
                var q = quantities[qi];
                attached[qi] = (-1, q);
                if (q.Nested) continue;
                int ci = Before(words, casualties, tokens, q, s.FirstToken, doc.Dates);
                // The next count that is not a part of this one ("12 militants including 2 commanders were killed").
                int nextCount = quantities.FindIndex(qi + 1, x => !x.Nested);
                if (ci < 0) ci = After(words, casualties, tokens, q, nextCount >= 0 ? quantities[nextCount].Start : s.EndToken, s.FirstToken, s.EndToken);
                if (ci < 0 && nextCount >= 0 && attached[nextCount].Casualty >= 0 && JoinedByAnd(words, tokens, q.End, quantities[nextCount].Start))
                    ci = attached[nextCount].Casualty;
                attached[qi] = (ci, q);
            }
            bool counted = false;
            foreach (var group in attached.Where(a => a.Casualty >= 0 && casualties[a.Casualty].Death).GroupBy(a => a.Casualty))
            {
                if (group.Any(g => EarlierToll(words, tokens, s.FirstToken, g.Q, quantities))) continue;
                counted = true;
                var c = casualties[group.Key];
                int start = Math.Min(group.Min(g => g.Q.Start), c.Start);
                int end = Math.Max(group.Max(g => g.Q.End), c.Start + c.Length);
                // "a 2016 attack that killed 40 people", "the 2015 siege of the hotel, in which 20 were killed": the dead of an
                // event the story dates to a past year are that event's, history beside today's news.
                if (OfPastEvent(lex, doc, s, start)) continue;
                found.Add(new FatalityMention(Span(tokens, start, end), s.Index, group.Sum(g => g.Q.Low), group.Sum(g => g.Q.High),
                    IsToll(words, tokens, c.Start, c.Length) || group.Any(g => g.Q.Update || TollNounBefore(words, tokens, s.FirstToken, g.Q, quantities)))
                {
                    // "the other was stoned" is one of those already told; "2 other policemen" are more.
                    Additional = Enumerable.Range(start, end - start).Any(k => words.Has(WordClass.AdditionalWord, tokens[k].Folded)
                        || (words.Has(WordClass.OtherWord, tokens[k].Folded) && (k == 0 || !words.Has(WordClass.DefiniteArticle, tokens[k - 1].Folded)))),
                    IsTally = TallyNear(words, doc, s, start, end),
                });
            }
            // "Ahmed Karimi was shot dead", "gunmen assassinated Ahmed Karimi": one named victim and no number written is
            // one dead, as ACLED codes it; where the sentence writes a count of dead, that count stands alone.
            if (!counted && casualties.FirstOrDefault(c => c.Death && NamedVictim(lex, tokens, s.FirstToken, s.EndToken, c.Start, c.Length, c.Victims)) is { Length: > 0 } named)
                found.Add(new FatalityMention(Span(tokens, named.Start, named.Start + named.Length), s.Index, 1, 1, false));
        }
        return doc with { Fatalities = found.ToImmutable() };
    }

    /// <summary>
    /// Whether a person's name (two or more capitalized words, none of them an actor's name, a person noun or an article)
    /// is the victim of the transitive death verb at <paramref name="at"/>: before its passive, with an apposition between
    /// commas allowed ("Ahmed Karimi, a district chief, was shot dead") or the name itself that apposition ("the district
    /// chief, Ahmed Karimi, was shot dead"), or right after it in the active.
    /// </summary>
    private static bool NamedVictim(Lexicon lex, IReadOnlyList<Token> t, int start, int end, int at, int length, bool passive)
    {
        var (len0, entries0) = lex.Casualties.MatchAt(t, at, end);
        if (len0 != length || !entries0.Any(w => w.IsDeath && w.IsTransitive)) return false;
        if (!passive) return NameLength(lex, t, at + length, end, forward: true) >= 2;
        int k = at;
        while (k - 1 > start && (t[k - 1].Shape == TokenShape.Lower && !Cues.EndsAt(lex.Discourse, t, start, k, DiscourseRole.Passive))) k--;
        int aux = k;
        for (int from = k - 1; from >= Math.Max(start, k - 4); from--)
            if (lex.Discourse.MatchAt(t, from, k) is var (len, roles) && len == k - from && roles.Contains(DiscourseRole.Passive)) { aux = from; break; }
        if (aux == k || at - k > 2) return false;
        // "has been killed": the perfect's auxiliary before the passive's.
        if (aux - 1 > start && lex.Words.Has(WordClass.PerfectAuxiliary, t[aux - 1].Folded)) aux--;
        if (aux - 1 > start && t[aux - 1].Folded == ",")
        {
            int open = aux - 2;
            while (open > start && aux - open <= 12 && t[open].Folded != ",") open--;
            if (t[open].Folded != ",") return false;
            // "the country's president, Ahmed Karimi, was shot dead": the name between the commas is the victim's.
            int inside = aux - 1 - (open + 1);
            if (inside >= 2 && NameLength(lex, t, open + 1, aux - 1, forward: true) == inside) return true;
            aux = open;
        }
        return NameLength(lex, t, aux, start, forward: false) >= 2;
    }

    /// <summary>How many capitalized words of a name run from <paramref name="from"/> (forward) or end before it (backward).</summary>
    private static int NameLength(Lexicon lex, IReadOnlyList<Token> t, int from, int limit, bool forward)
    {
        int n = 0;
        for (int k = forward ? from : from - 1; forward ? k < limit : k >= limit; k += forward ? 1 : -1, n++)
        {
            var w = t[k];
            if (!w.IsWord || !w.IsCapitalized) break;
            if (lex.Actors.MatchAt(t, k, forward ? limit : from).Item1 > 0 || lex.PersonNouns.Contains(w.Folded)
                || lex.Words.Has(WordClass.DefiniteArticle, w.Folded) || lex.Numbers.MatchAt(t, k, k + 1).Item1 > 0) return 0;
        }
        // A name followed by a person noun is a group of people ("Afghan Army soldiers"), not one person.
        int after = forward ? from + n : from;
        if (forward && after < limit && IsPersonNoun(lex, t[after].Folded)) return 0;
        return n;
    }

    /// <summary>Whether only partitive words (one to three) stand between count <paramref name="part"/> and count <paramref name="whole"/>.</summary>
    private static bool Partitive(WordClasses words, IReadOnlyList<Token> t, Quantity part, Quantity whole) =>
        whole.Start > part.End && whole.Start - part.End <= 3
        && Enumerable.Range(part.End, whole.Start - part.End).All(k => words.Has(WordClass.PartitiveLink, t[k].Folded));

    /// <summary>A death word (casualties.tsv) ends right before <paramref name="at"/>: "killed", "shot dead", "beheaded".</summary>
    private static bool DeathVerbEndsAt(Lexicon lex, IReadOnlyList<Token> t, int sentenceStart, int at)
    {
        for (int from = at - 1; from >= Math.Max(sentenceStart, at - 3); from--)
        {
            var (len, words) = lex.Casualties.MatchAt(t, from, at);
            if (len == at - from && words.Any(w => w.IsDeath && w.IsTransitive)) return true;
        }
        return false;
    }

    /// <summary>"a 48-year-old man", "aged 48 years": an age, not a count.</summary>
    private static bool IsAge(WordClasses words, IReadOnlyList<Token> t, int after, int end)
    {
        int k = after;
        if (k < end && t[k].Folded == "-") k++;
        bool compound = k < end && words.Has(WordClass.CompoundUnit, t[k].Folded);
        return k < end && (words.Has(WordClass.AgeUnit, t[k].Folded) || compound)
            && (k + 1 >= end || words.Has(WordClass.AgeWord, t[k + 1].Folded) || t[k + 1].Folded == "-" || compound);
    }

    /// <summary>"killed or wounded", "killed, injured or captured": an alternative and an uncertain fate within three words after the death word.</summary>
    private static bool UncertainDeath(WordClasses words, IReadOnlyList<Token> t, int after, int end)
    {
        for (int k = after; k < Math.Min(end - 1, after + 3); k++)
            if (words.Has(WordClass.Alternative, t[k].Folded) && words.Has(WordClass.UncertainFate, t[k + 1].Folded)) return true;
        return false;
    }

    /// <summary>How far before a count of dead the noun of a past event may stand and still tell whose dead they are.</summary>
    private const int PastEventReach = 12;

    /// <summary>
    /// Whether a past year and the event noun it dates (a trigger noun right after it, or one word later: "a 2016 attack", "the
    /// 2015 hotel siege") stand within <see cref="PastEventReach"/> words before the count at <paramref name="at"/>, in its sentence.
    /// </summary>
    private static bool OfPastEvent(Lexicon lex, AnnotatedDocument doc, Sentence s, int at)
    {
        if (doc.Document.Published is not DateOnly published) return false;
        for (int i = Math.Max(s.FirstToken, at - PastEventReach); i < at; i++)
            if (TriggerStage.IsPastYear(lex, doc, s, i, published)
                && Enumerable.Range(i + 1, Math.Min(2, at - i - 1)).Any(k => lex.Triggers.MatchAllAt(doc.Tokens, k, s.EndToken).Any(m => m.Values.Any(e => e.IsNoun))))
                return true;
        return false;
    }

    /// <summary>How far from a count of dead a word of a tally's scope (<see cref="WordClass.TallyScope"/>) may stand.</summary>
    private const int TallyScopeReach = 6;

    /// <summary>
    /// Whether a word of a tally's scope stands within <see cref="TallyScopeReach"/> words of the count's span, in its sentence:
    /// "a strike on cities that killed at least 38 people nationwide", "In Kyiv alone, 27 people were killed", "across Ukraine".
    /// </summary>
    private static bool TallyNear(WordClasses words, AnnotatedDocument doc, Sentence s, int start, int end)
    {
        var t = doc.Tokens;
        for (int k = Math.Max(s.FirstToken, start - TallyScopeReach); k < Math.Min(s.EndToken, end + TallyScopeReach); k++)
        {
            if (words.PhraseLengthAt(WordClass.TallyScope, t, k, s.EndToken) > 0) return true;
            // "across Ukraine", "throughout Mali": the whole country a count is told over.
            if (words.Has(WordClass.TallyAcross, t[k].Folded) && doc.Countries.Any(c => c.Token == k + 1 && !c.IsDemonym && !c.IsCue)) return true;
            // "In Kyiv alone": the whole of a place a count is told over; "travelling alone" says nothing of the count.
            if (words.Has(WordClass.TallyAfterPlace, t[k].Folded) && doc.Places.Any(p => p.EndToken == k)) return true;
        }
        return false;
    }

    /// <summary>A casualty phrase of several words that begins with a toll word: "death toll", "death toll rose to".</summary>
    private static bool IsToll(WordClasses words, IReadOnlyList<Token> t, int start, int length) =>
        length > 1 && words.Has(WordClass.TollWord, t[start].Folded);

    /// <summary>
    /// Whether a toll noun stands a few words before the count, in its clause and with no other count between: "bringing
    /// the toll to 31", "portant le bilan encore provisoire à 31 morts". The count is the toll so far.
    /// </summary>
    private static bool TollNounBefore(WordClasses words, IReadOnlyList<Token> t, int sentenceStart, Quantity q, List<Quantity> quantities) =>
        TollNounAt(words, t, sentenceStart, q, quantities) >= 0;

    /// <summary>The token of the toll noun <see cref="TollNounBefore"/> finds, or -1.</summary>
    private static int TollNounAt(WordClasses words, IReadOnlyList<Token> t, int sentenceStart, Quantity q, List<Quantity> quantities)
    {
        int from = Math.Max(sentenceStart, q.Start - TollNounReach);
        foreach (var other in quantities)
            if (other.End <= q.Start && other.End > from) from = other.End;
        for (int k = q.Start - 1; k >= from; k--)
        {
            if (t[k].IsPunct && t[k].Folded is "," or ";" or ":" or ".") return -1;
            if (words.Has(WordClass.TollNoun, t[k].Folded)) return k;
        }
        return -1;
    }

    /// <summary>
    /// Whether the toll noun before the count is told as an earlier one, a word of its kind right before or after it: "le
    /// bilan précédent était de 12 morts", "the previous toll was 12". A later figure has replaced it.
    /// </summary>
    private static bool EarlierToll(WordClasses words, IReadOnlyList<Token> t, int sentenceStart, Quantity q, List<Quantity> quantities) =>
        TollNounAt(words, t, sentenceStart, q, quantities) is var k and >= 0
        && (k > sentenceStart && words.Has(WordClass.EarlierWord, t[k - 1].Folded) || k + 1 < q.Start && words.Has(WordClass.EarlierWord, t[k + 1].Folded));

    private static TextSpan Span(IReadOnlyList<Token> t, int start, int end) => new(t[start].Span.Start, t[end - 1].Span.End);

    /// <summary>A casualty word just before the quantity: "killing 5", "killed at least 12", "death toll rose to 12", "bodies of two".</summary>
    private static int Before(WordClasses words, List<(int Start, int Length, bool Death, bool Victims)> casualties, IReadOnlyList<Token> t, Quantity q, int sentenceStart,
        IReadOnlyList<DateMention> dates)
    {
        for (int ci = casualties.Count - 1; ci >= 0; ci--)
        {
            var c = casualties[ci];
            int end = c.Start + c.Length;
            if (end > q.Start) continue;
            int gap = q.Start - end;
            bool toll = IsToll(words, t, c.Start, c.Length);
            // A date may stand between the verb and its object: "ont tué dimanche quatre commerçants".
            if (gap > 0 && dates.Any(d => d.Span.Start == t[end].Span.Start && d.Span.End == t[q.Start - 1].Span.End)) gap = 0;
            if (gap == 0 || (gap <= 1 && words.Has(WordClass.CasualtyCountLink, t[end].Folded)) || (toll && gap <= 8)) return ci;
            return -1;
        }
        return -1;
    }

    /// <summary>The first casualty word after the quantity and before the next quantity, in the same clause.</summary>
    private static int After(WordClasses words, List<(int Start, int Length, bool Death, bool Victims)> casualties, IReadOnlyList<Token> t, Quantity q, int limit, int sentenceStart, int sentenceEnd)
    {
        for (int ci = 0; ci < casualties.Count; ci++)
        {
            var c = casualties[ci];
            if (c.Start < q.End) continue;
            if (c.Start >= limit || c.Start - q.End > 10) return -1;
            // "a gendarme shot and killed a driver": the people before an active verb are the killers; but
            // "1 killed, 7 injured" and "resulted in 20 fighters killed" count the dead (a clause of their own).
            if (!c.Victims && !(c.Start - q.End <= 3 && ClauseStart(words, t, q.Start, sentenceStart) && (c.Start + c.Length >= sentenceEnd || words.Has(WordClass.CasualtyClauseEnd, t[c.Start + c.Length].Folded)))) return -1;
            for (int k = q.End; k < c.Start; k++)
                if (words.Has(WordClass.CountClauseBreak, t[k].Folded)) return -1;
            return ci;
        }
        return -1;
    }

    private static bool ClauseStart(WordClasses words, IReadOnlyList<Token> t, int at, int sentenceStart) =>
        at == sentenceStart || words.Has(WordClass.CountClauseOpener, t[at - 1].Folded);

    /// <summary>"two soldiers and four assailants": the first group ends in "and" right before the next number.</summary>
    private static bool JoinedByAnd(WordClasses words, IReadOnlyList<Token> t, int from, int to) =>
        to - from <= 5 && to - 1 >= from && words.Has(WordClass.Coordinator, t[to - 1].Folded);

    /// <summary>Numbers in the sentence: digits, number words ("twenty-five", "a hundred"), vague words, with "at least", "around".</summary>
    internal static List<Quantity> Quantities(Lexicon lex, IReadOnlyList<Token> t, int start, int end)
    {
        var result = new List<Quantity>();
        for (int i = start; i < end;)
        {
            int qStart = i;
            int low = 0, high = 0;
            int j = i;
            bool isNumber = false, article = false;
            if (DigitCount(lex, t, j, end) is ({ } n, int digitLength) && !IsAge(lex.Words, t, j + digitLength, end))
            {
                low = high = n;
                j += digitLength;
                isNumber = true;
            }
            else
            {
                int value = 0, current = 0;
                while (j < end)
                {
                    var (len, words) = lex.Numbers.MatchAt(t, j, end);
                    if (len == 0) break;
                    var w = words[0];
                    if (w.Kind == NumberWordKind.Vague)
                    {
                        if (isNumber) break;
                        low = w.Low; high = w.High; j += len; isNumber = true;
                        break;
                    }
                    if (w.Kind == NumberWordKind.Article)
                    {
                        if (isNumber) break;
                        current = 1; j += len; isNumber = true; article = true;
                        continue;
                    }
                    if (w.Kind == NumberWordKind.Scale) { current = Math.Max(current, 1) * w.Low; if (w.Low >= 1000) { value += current; current = 0; } }
                    else if (article && current == 1) current = w.Low;
                    else current += w.Low;
                    article = false;
                    isNumber = true;
                    j += len;
                }
                if (isNumber && low == 0 && high == 0) low = high = value + current;
            }
            // "killed a revenue collector", "assassinated an economic operator": right after a word that kills,
            // an article is one victim whatever the noun ("a number of", "a total of" are not).
            bool afterKilling = article && j == i + 1 && DeathVerbEndsAt(lex, t, start, i) && j < end && !lex.Words.Has(WordClass.QuantityNoun, t[j].Folded);
            // Nor before a noun for a quantity, whatever people follow it ("a group of villagers", "a family of six").
            bool quantityNoun = article && j == i + 1 && j < end && lex.Words.Has(WordClass.QuantityNoun, t[j].Folded);
            if (!isNumber || (article && j == i + 1 && !afterKilling && (quantityNoun || !PersonFollows(lex, t, j, end)))) { i = Math.Max(i + 1, j); continue; }
            // Qualifiers before the number (count-qualifiers.tsv): "at least", "more than", "up to", "around". The count codes
            // as written, "up to 100" too: ACLED codes the lowest figure reported, and a ceiling alone reports no lower one.
            int before = qStart;
            if (QualifierEndingAt(lex, t, start, before) is ({ } qualifier, int qualifierLength) && qualifier != CountQualifier.Part)
                before -= qualifierLength;
            bool nested = QualifierEndingAt(lex, t, start, before) is (CountQualifier.Part, _);
            // "between 43 and 52 persons": one count from 43 to 52, not two to add up.
            if (result.Count > 0 && before >= start + 1 && lex.Words.Has(WordClass.RangeJoiner, t[before - 1].Folded) && result[^1].End == before - 1
                && result[^1].Start > start && lex.Words.Has(WordClass.RangeOpener, t[result[^1].Start - 1].Folded))
            {
                // "the toll rose from 20 to 31", "le bilan est passé de 20 à 31 morts": an update, whose latest figure stands.
                int opener = result[^1].Start - 1;
                bool update = Enumerable.Range(Math.Max(start, opener - 2), opener - Math.Max(start, opener - 2)).Any(k => lex.Words.Has(WordClass.UpdateWord, t[k].Folded));
                result[^1] = update ? result[^1] with { End = j, Low = low, High = Math.Max(low, high), Update = true }
                    : result[^1] with { End = j, High = Math.Max(result[^1].High, high) };
                i = j;
                continue;
            }
            result.Add(new Quantity(before, j, low, Math.Max(low, high), nested));
            i = j;
        }
        return result;
    }

    /// <summary>
    /// A count written in digits at token <paramref name="at"/>, and how many tokens it takes: "2,000" (a count,
    /// however like a year), "12" and, before a word for a thousand or more, "1.5 million" or "2 thousand". Four bare
    /// digits from 1900 to 2100 are a year, and a fraction before no such word is no count of people.
    /// </summary>
    private static (int? Value, int Length) DigitCount(Lexicon lex, IReadOnlyList<Token> t, int at, int end)
    {
        var token = t[at];
        if (token.Shape != TokenShape.Number || !double.TryParse(token.Folded, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var n))
            return (null, 0);
        if (at + 1 < end && lex.Numbers.MatchAt(t, at + 1, end) is (> 0 and var len, var words) && words[0] is { Kind: NumberWordKind.Scale, Low: >= 1000 } scale
            && n * scale.Low <= int.MaxValue)
            return ((int)Math.Round(n * scale.Low), 1 + len);
        if (token.Folded.Contains('.') || n > int.MaxValue) return (null, 0);
        if (token.IsBareNumber && token.Folded.Length == 4 && n is >= 1900 and <= 2100) return (null, 0);
        return ((int)n, 1);
    }

    /// <summary>The qualifier phrase (count-qualifiers.tsv) that ends right before token <paramref name="at"/>, the longest one.</summary>
    private static (CountQualifier Kind, int Length)? QualifierEndingAt(Lexicon lex, IReadOnlyList<Token> t, int start, int at)
    {
        for (int k = Math.Max(start, at - MaxQualifierWords); k < at; k++)
            foreach (var (len, kinds) in lex.CountQualifiers.MatchAllAt(t, k, at))
                if (k + len == at) return (kinds[0], len);
        return null;
    }

    /// <summary>The most words a qualifier of a count has ("pas moins de", "a total of").</summary>
    private const int MaxQualifierWords = 4;

    /// <summary>"a man", "an IDP civilian", "a local journalist", "a cadre": an article counts as one only before a person.</summary>
    internal static bool PersonFollows(Lexicon lex, IReadOnlyList<Token> t, int at, int end)
    {
        for (int k = at; k < Math.Min(end, at + 3); k++)
        {
            var (len, entries) = lex.Actors.MatchAt(t, k, end);
            if (len > 0) return true;
            if (IsPersonNoun(lex, t[k].Folded)) return true;
        }
        return false;
    }

    /// <summary>A word of person-nouns.txt, or its plural in s (the list gives singulars, as its header says).</summary>
    private static bool IsPersonNoun(Lexicon lex, string folded) =>
        lex.PersonNouns.Contains(folded) || (folded.EndsWith('s') && lex.PersonNouns.Contains(folded[..^1]));
}
