using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Finds country names and demonyms (countries.tsv, and the gazetteer's country names), cues that
/// place the story in a country (country-cues.tsv), then
/// actor phrases (actors.tsv). An actor takes the country of a demonym or country name just
/// before it ("Malian troops"), or of "of/from/in X" just after it ("soldiers from Mali",
/// "Al Qaeda's branch in Mali"); "its forces" takes the last country named before it in the sentence.
/// A country's name that opens a sentence and fires the air strike or shelling word after it is marked as firing.
/// </summary>
public sealed class ActorStage : ICodingStage
{
    public string Name => "actors";
    public Annotation Needs => Annotation.Sentences | Annotation.Triggers;
    public Annotation Sets => Annotation.Actors | Annotation.Countries;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var lex = resources.Lexicon;
        var words = lex.Words;
        var tokens = doc.Tokens;
        var countries = ImmutableArray.CreateBuilder<CountryMention>();
        var actors = ImmutableArray.CreateBuilder<ActorMention>();
        foreach (var s in doc.Sentences)
        {
            var inSentence = new List<CountryMention>();
            for (int i = s.FirstToken; i < s.EndToken;)
            {
                var (len, names) = lex.CountryNames.MatchAt(tokens, i, s.EndToken);
                string? iso = null;
                bool demonym = false;
                // A name or demonym written in capitals in countries.tsv needs one in the text ("Malian"); one written
                // in lower case is the language's own way ("malien", "burkinabè") and matches either.
                if (len > 0 && (tokens[i].IsCapitalized || !char.IsUpper(names[0].Phrase[0])))
                {
                    iso = names[0].Iso2;
                    demonym = names[0].IsDemonym;
                }
                else if (tokens[i].IsCapitalized)
                {
                    // The gazetteer's own country names ("Mali", "Burkina Faso"), up to four words.
                    for (int n = Math.Min(4, s.EndToken - i); n >= 1 && iso is null; n--)
                    {
                        var folded = string.Join(' ', Enumerable.Range(i, n).Select(k => tokens[k].Folded));
                        var c = resources.Gazetteer.FindCountry(folded);
                        if (c.Count > 0) { iso = c[0].Iso2; len = n; }
                    }
                }
                // "the US dollar" names a currency, not a country where something happened; "Benin City",
                // "Kuwait City" are cities; "Somali region" is a region of Ethiopia, not Somalia.
                if (iso is null || (i + len < s.EndToken && (words.Has(WordClass.Currency, tokens[i + len].Folded) || words.Has(WordClass.CityWord, tokens[i + len].Folded) && tokens[i + len].IsCapitalized
                    || demonym && words.Has(WordClass.DemonymDivisionWord, tokens[i + len].Folded) && resources.Gazetteer.FindAdmin1(tokens[i].Folded).Count > 0)))
                { i++; continue; }
                int before = i > s.FirstToken && words.Has(WordClass.DefiniteArticle, tokens[i - 1].Folded) ? i - 1 : i;
                var m = new CountryMention(new TextSpan(tokens[i].Span.Start, tokens[i + len - 1].Span.End), s.Index, i, i + len, iso, demonym)
                {
                    IsOrigin = before > s.FirstToken && words.Has(WordClass.OriginPreposition, tokens[before - 1].Folded),
                    IsFiring = !demonym && before == s.FirstToken && FiresRemoteWeapon(doc, s.Index, i + len),
                };
                inSentence.Add(m);
                countries.Add(m);
                i += len;
            }

            foreach (var (start, length, cues) in lex.CountryCues.FindAll(tokens, s.FirstToken, s.EndToken))
            {
                var span = new TextSpan(tokens[start].Span.Start, tokens[start + length - 1].Span.End);
                var text = doc.Document.Slice(span);
                var cue = cues.FirstOrDefault(c => (!c.IsAcronym || !text.Any(char.IsLower)) && (!c.IsProperName || char.IsUpper(text[0])));
                if (cue is not null) countries.Add(new CountryMention(span, s.Index, start, start + length, cue.Iso2, IsDemonym: false, IsCue: true) { Regions = cue.Regions });
            }

            // A phrase around a group's name ("militiamen from the Agar clan") wins over the words it holds ("militiamen").
            var groups = GroupMentions(doc, lex, s, inSentence);
            var matches = lex.Actors.FindAll(tokens, s.FirstToken, s.EndToken)
                .Where(a => !groups.Any(g => a.Start < g.End && g.Start < a.Start + a.Length))
                .Select(a => (a.Start, a.Length, a.Values, Group: (TextSpan?)null))
                .Concat(groups.Select(g => (g.Start, Length: g.End - g.Start, Values: (IReadOnlyList<ActorEntry>)[g.Entry], Group: (TextSpan?)g.Group)))
                .OrderBy(a => a.Start).ToList();
            foreach (var (start, length, found, group) in matches)
            {
                int end = start + length;
                // An acronym ("ANA", "NAS") names its group only written in capitals: "Santa Ana", "Nas" are not it.
                var written = doc.Document.Slice(new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End));
                var entries = found.Where(e => !e.IsAcronym || !written.Any(char.IsLower)).ToList();
                if (entries.Count == 0) continue;
                // "anti-Houthi forces" are the Houthis' enemies: a named group after "anti" names whom its forces fight.
                if (start > s.FirstToken && words.Has(WordClass.Against, tokens[start - 1].Folded) && entries.All(e => !e.IsGeneric)) continue;
                // "JNIM or ISGS militants": a report that cannot tell two named groups apart names them both, as ACLED does
                // ("JNIM: ... and/or Islamic State (Greater Sahara)"). Only names of one reading each: which "Islamic State" is
                // meant depends on the country, known later. Not a unit of a state's forces: its name is built later, from its force.
                if (actors.Count > 0 && actors[^1] is { } either && either.Sentence == s.Index && either.EndToken == start - 1
                    && words.Has(WordClass.Alternative, tokens[start - 1].Folded) && either.Entries is [{ IsGeneric: false, Unit: null } first] && entries is [{ IsGeneric: false, Unit: null } second]
                    && first.Actor != second.Actor)
                {
                    // "ISWAP or Boko Haram", where "Boko Haram" already names both, is that pair.
                    var name = second.Actor.Contains(first.Actor, StringComparison.Ordinal) ? second.Actor
                        : first.Actor.Contains(second.Actor, StringComparison.Ordinal) ? first.Actor : first.Actor + " and/or " + second.Actor;
                    var both = new ActorEntry(first.Phrase + " " + tokens[start - 1].Folded + " " + second.Phrase, name, first.Inter, first.Countries, first.Line);
                    actors[^1] = either with { Span = new TextSpan(either.Span.Start, tokens[end - 1].Span.End), EndToken = end, Entries = [both] };
                    continue;
                }
                // "Houthi forces", "Taliban fighters", "ADF rebels": an armed noun right after a named group is that group's.
                if (actors.Count > 0 && actors[^1] is { } named && named.Sentence == s.Index && named.EndToken == start
                    && named.Entries.All(e => !e.IsGeneric) && entries.All(e => e.IsGeneric && e.IsArmed))
                {
                    actors[^1] = named with { Span = new TextSpan(named.Span.Start, tokens[end - 1].Span.End), EndToken = end };
                    continue;
                }
                // "rebelles du M23", "combattants de l'EI": an armed noun then a member link then a named group is that group's
                // fighters, where the language puts the noun first.
                if (actors.Count > 0 && actors[^1] is { } fighters && fighters.Sentence == s.Index && start - fighters.EndToken is 1 or 2
                    && fighters.Entries.All(e => e.IsGeneric && e.IsArmed) && entries.All(e => !e.IsGeneric)
                    && Enumerable.Range(fighters.EndToken, start - fighters.EndToken).All(k => words.Has(WordClass.MemberLink, tokens[k].Folded)))
                {
                    actors[^1] = fighters with { Span = new TextSpan(fighters.Span.Start, tokens[end - 1].Span.End), EndToken = end, Entries = entries, CountryCode = null,
                        ClaimedResponsibility = ClaimFollows(lex, tokens, end, s.EndToken) };
                    continue;
                }
                // "Malian troops", "Malian special forces": a country word just before, at most one word between.
                var before = inSentence.LastOrDefault(c => c.EndToken <= start && c.EndToken >= start - 1);
                string? cc = before?.Iso2;
                // "el Ejército israelí", "tropas rusas", "l'armée malienne": where adjectives follow the noun, a demonym right after.
                var demonymAfter = cc is null ? inSentence.FirstOrDefault(c => c.Token == end && c.IsDemonym) : null;
                cc ??= demonymAfter?.Iso2;
                // "soldiers from Mali", "Al Qaeda's branch in Mali": of/from/in a country within three words after.
                CountryMention? after = null;
                ActorMention? coordinated = null;
                for (int k = end; cc is null && k < Math.Min(s.EndToken - 1, end + 3); k++)
                    if (words.Has(WordClass.CountryPreposition, tokens[k].Folded))
                    {
                        after = inSentence.FirstOrDefault(c => c.Token == k + 1 && !c.IsDemonym);
                        cc = after?.Iso2;
                    }
                // "military forces of India and Pakistan": the forces of each country named, one actor each.
                if (after is not null && after.EndToken + 1 < s.EndToken && words.Has(WordClass.Coordinator, tokens[after.EndToken].Folded)
                    && inSentence.FirstOrDefault(c => c.Token == after.EndToken + 1 && !c.IsDemonym && c.Iso2 != after.Iso2) is { } other)
                    coordinated = new ActorMention(other.Span, s.Index, other.Token, other.EndToken, entries, other.Iso2);
                // "a detachment of its forces": the country last named before it in the sentence.
                if (cc is null && start > s.FirstToken && words.Has(WordClass.Possessive, tokens[start - 1].Folded))
                    cc = inSentence.LastOrDefault(c => c.EndToken <= start)?.Iso2;
                var span = new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End);
                // Extend the evidence over a demonym right before the phrase.
                var demonymBefore = inSentence.FirstOrDefault(c => c.EndToken == start);
                if (demonymBefore is not null) span = new TextSpan(demonymBefore.Span.Start, span.End);
                var mention = new ActorMention(span, s.Index, demonymBefore?.Token ?? start, end, entries, cc)
                {
                    ClaimedResponsibility = ClaimFollows(lex, tokens, end, s.EndToken),
                    Group = group is { } g ? doc.Document.Slice(g) : null,
                };
                actors.Add(mention);
                if (coordinated is not null) actors.Add(coordinated);
            }
        }
        return doc with { Actors = actors.ToImmutable(), Countries = countries.ToImmutable() };
    }

    /// <summary>The most tokens a group's name takes ("Habar Gedir", "Al Tlais", "Habar Gedir-Saad").</summary>
    private const int MaxGroupWords = 5;

    /// <summary>
    /// The phrases of the sentence that name an identity militia around its group's name (actors.tsv's {group} slot), left
    /// to right, the longest where several start at one word: the phrase's span, its entry and the group's words.
    /// </summary>
    private static List<(int Start, int End, ActorEntry Entry, TextSpan Group)> GroupMentions(AnnotatedDocument doc, Lexicon lex, Sentence s, List<CountryMention> countries)
    {
        var found = new List<(int Start, int End, ActorEntry Entry, TextSpan Group)>();
        var tokens = doc.Tokens;
        // A title-case line (a headline: "Clashes Erupt After Militia Leader Killed") capitalises every word, names or not.
        int words = 0, capitalised = 0;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (tokens[k].IsWord) { words++; if (tokens[k].IsCapitalized) capitalised++; }
        if (lex.GroupActors.Count == 0 || 3 * capitalised > 2 * words) return found;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            // The slot takes a whole name or none: not the end of a longer one ("Mayi Mayi Kifuafua", "Dan Na Ambassagou").
            if (i > s.FirstToken && tokens[i - 1].IsCapitalized && !countries.Any(c => c.EndToken == i)) continue;
            (int Start, int End, ActorEntry Entry, TextSpan Group)? best = null;
            for (int n = 1; n <= MaxGroupWords && i + n <= s.EndToken && (GroupWord(doc, lex, s, countries, i + n - 1) || n > 1 && InnerHyphen(tokens, i + n - 1, s.EndToken)); n++)
                foreach (var p in lex.GroupActors)
                {
                    int after = p.AfterLength(tokens, i + n, s.EndToken);
                    if (after < 0 || !p.BeforeEndsAt(tokens, s.FirstToken, i)) continue;
                    var m = (Start: i - p.Before.Count, End: i + n + after, p.Entry, Group: new TextSpan(tokens[i].Span.Start, tokens[i + n - 1].Span.End));
                    if (best is not { } b || m.End - m.Start > b.End - b.Start) best = m;
                }
            if (best is { } found1 && (found.Count == 0 || found1.Start >= found[^1].End)) { found.Add(found1); i = found1.End - 1; }
        }
        return found;
    }

    /// <summary>A hyphen between two capitalised words of a name ("Habar Gedir-Saad"), written with no space around it.</summary>
    private static bool InnerHyphen(IReadOnlyList<Sitrep.Text.Token> tokens, int k, int end) =>
        k + 1 < end && tokens[k].Folded == "-" && tokens[k + 1].Shape == Sitrep.Text.TokenShape.Capitalized
        && tokens[k - 1].Span.End == tokens[k].Span.Start && tokens[k].Span.End == tokens[k + 1].Span.Start;

    /// <summary>
    /// Whether token <paramref name="k"/> may be a word of a group's name: a capitalised word (not an acronym), no article,
    /// determiner or word that is not a group's (a creed: "Islamist militias"), not a country or its demonym ("Nigerian herders"), not the start of an actor the pack names
    /// ("Houthi", "Fulani militia"). A sentence's first word is capitalised whatever it is ("Rival militias"): there it is a
    /// name only where the text writes it capitalised inside a sentence too.
    /// </summary>
    private static bool GroupWord(AnnotatedDocument doc, Lexicon lex, Sentence s, List<CountryMention> countries, int k)
    {
        var t = doc.Tokens[k];
        if (t.Shape != Sitrep.Text.TokenShape.Capitalized) return false;
        var words = lex.Words;
        if (words.Has(WordClass.Article, t.Folded) || words.Has(WordClass.Determiner, t.Folded) || words.Has(WordClass.Possessive, t.Folded) || words.Has(WordClass.NotAGroup, t.Folded)) return false;
        if (countries.Any(c => c.Token <= k && k < c.EndToken)) return false;
        if (lex.Actors.MatchAt(doc.Tokens, k, s.EndToken).Length > 0) return false;
        if (k != s.FirstToken) return true;
        var firsts = doc.Sentences.Select(x => x.FirstToken).ToHashSet();
        return Enumerable.Range(0, doc.Tokens.Length).Any(j => j != k && !firsts.Contains(j) && doc.Tokens[j].Folded == t.Folded && doc.Tokens[j].IsCapitalized);
    }

    /// <summary>The words a country's name may stand before the air strike or shelling word it fires ("Russia launched a missile").</summary>
    private const int FiringReach = 4;

    /// <summary>
    /// Whether an air strike or shelling word follows the name that opens the sentence within <see cref="FiringReach"/> words, with
    /// nothing but words between ("Russia launched a missile attack on", "Israel struck"): the country is the subject that fires.
    /// Not its possessive ("Russia's Bryansk region") or a clause of its own ("Russia, which").
    /// </summary>
    private static bool FiresRemoteWeapon(AnnotatedDocument doc, int sentence, int after)
    {
        var tokens = doc.Tokens;
        foreach (var t in doc.Triggers)
        {
            if (t.Sentence != sentence || t.Token < after || t.Token - after > FiringReach) continue;
            if (t.Entry.SubEventType != SubEventType.AirDroneStrike && t.Entry.SubEventType != SubEventType.Shelling) continue;
            bool wordsBetween = true;
            for (int k = after; k < t.Token && wordsBetween; k++)
                wordsBetween = tokens[k].IsWord && tokens[k].Folded.All(char.IsLetter);
            if (wordsBetween) return true;
        }
        return false;
    }

    /// <summary>"X (had reportedly) claimed responsibility": a claim cue within a few words after the actor.</summary>
    private static bool ClaimFollows(Lexicon lex, IReadOnlyList<Sitrep.Text.Token> tokens, int from, int sentenceEnd)
    {
        int to = Math.Min(sentenceEnd, from + 8);
        for (int i = from; i < to; i++)
        {
            var (len, roles) = lex.Discourse.MatchAt(tokens, i, sentenceEnd);
            if (len > 0 && roles.Contains(DiscourseRole.Claim)) return true;
        }
        return false;
    }
}
