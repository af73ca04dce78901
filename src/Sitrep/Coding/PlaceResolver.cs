using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Gazetteer;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Resolves an event's place from the names in its sentences, by ACLED's geo-precision rules:
/// a town named as where it happened is precision 1; "near X", "X area", a district or a part
/// of a city, precision 2 at the nearest town or the district's seat; a region or only the
/// country, precision 3 at the region's seat or the capital. Ambiguous names are settled by the
/// countries the document names, the divisions given as containers ("(Ancuabe, Cabo Delgado)"),
/// the kind of place (seats of government first) and population. A name the gazetteer does not
/// know is never snapped to a different town: the event falls back to the region or country.
/// </summary>
public static class PlaceResolver
{
    /// <summary>
    /// The countries a document is about, weighted: named countries and unambiguous places count fully,
    /// demonyms, countries of origin and countries that fire less ("French forces" in a story about Mali, "goods from Turkey", "Russia shelled Kharkiv"). Demonym-only countries are marked with a
    /// weight below 1 so they favour candidates without ruling others out.
    /// </summary>
    public static Dictionary<string, double> CountryContext(AnnotatedDocument doc)
    {
        var ctx = new Dictionary<string, double>(StringComparer.Ordinal);
        // A cue ("OSCE SMM") places the story as surely as the country's name.
        foreach (var c in doc.Countries) ctx[c.Iso2] = ctx.GetValueOrDefault(c.Iso2) + (c.IsDemonym || c.IsOrigin || c.IsFiring ? 0.3 : 1.0);
        // A lone unambiguous place counts only where the names and cues leave room: "in Khela" is a town in
        // India, but not in a story the names place in Libya, which the gazetteer merely lacks.
        bool named = ctx.Values.Any(v => v >= 1);
        foreach (var m in doc.Places)
        {
            var countries = m.Places.Select(p => p.CountryCode).Concat(m.Admin1s.Select(a => a.CountryCode)).Distinct().ToList();
            // A name far more prominent in one country than anywhere else says that country: "Beirut" is also a
            // Polish town's other name, but the capital of Lebanon is meant.
            if (countries.Count > 1 && m.Admin1s.Count == 0 && Dominant(m) is { } dominant) countries = [dominant];
            if (named && countries.Count == 1 && !ctx.ContainsKey(countries[0]) && m.Admin1s.Count == 0) continue;
            // Nor a region's name after "the" with no kind word: "in the Sahel" in a story of Mali is the wide land that name
            // also is, not Burkina Faso's region of that name. Named with its kind ("Borno state") or as a region is written
            // ("in Al-Hasakeh") it still says its country.
            if (named && countries.Count == 1 && !ctx.ContainsKey(countries[0]) && m.KindWord is null && m.AfterArticle) continue;
            if (m.ByTransliteration) continue;
            // Nor does a place whose containers lie in another country: "Ghaydah in Kirkuk province" is no Yemeni town.
            if (countries.Count == 1 && m.Containers.Any(j => IsDivisionElsewhere(doc.Places[j], countries[0]))) continue;
            // A region's name ("Eastern Cape") says the country as surely as the country's own name.
            if (countries.Count == 1 && m.Admin1s.Count > 0)
                ctx[countries[0]] = ctx.GetValueOrDefault(countries[0]) + 1.0;
            else if (countries.Count == 1 && (m.Cue != PlaceCue.None || m.Containers.Count > 0))
                ctx[countries[0]] = ctx.GetValueOrDefault(countries[0]) + 0.5;
        }
        // The city a dateline files the story from says its country about as surely as a place told with a cue.
        if (doc.FiledFrom is { } filed) ctx[filed] = ctx.GetValueOrDefault(filed) + FiledFromWeight;
        // The country the source covers (the document's country hint) stands in when the text names none outright.
        if (doc.Document.Country is { } hint && !ctx.Values.Any(v => v >= 1)) ctx[hint] = ctx.GetValueOrDefault(hint) + 1.0;
        return ctx;
    }

    /// <summary>What a dateline's city weighs for its country: below a country named, so it rules no other country out.</summary>
    private const double FiledFromWeight = 0.5;

    /// <summary>The country of a mention's most prominent place when it stands well above every place of another country.</summary>
    private static string? Dominant(PlaceMention m)
    {
        var byCountry = m.Places.GroupBy(p => p.CountryCode)
            .Select(g => (Country: g.Key, Salience: g.Max(p => Prominence(m, p))))
            .OrderByDescending(x => x.Salience).ToList();
        return byCountry.Count > 1 && byCountry[0].Salience >= byCountry[1].Salience + 3 ? byCountry[0].Country : null;
    }

    public static ResolvedPlace? Resolve(AnnotatedDocument doc, EventFrame frame, GazetteerIndex gaz, IReadOnlyDictionary<string, double> ctx, WordClasses words)
    {
        var cued = CuedRegions(doc, gaz);
        var best = Best(doc, frame, gaz, ctx, cued, inFrame: true);
        if (best is not null && best.Score > 2) return best with { Rule = "place-told-in-event" };
        // The sentences that tell the event name no place it can be put at: the place told before them, outside any
        // other event, is where the story is ("in the North Zone of Rio, police carried out an operation. A shoot-out broke out").
        if (Best(doc, frame, gaz, ctx, cued, inFrame: false) is { Score: > 2 } before) return before with { Rule = "place-told-before-event" };
        var country = ctx.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
        // A region the text names in the document's country ("Goniri (Gujiba LGA, Borno)", where GeoNames puts the
        // village in another state) is still where the event is, at precision 3.
        if (best is { GeoPrecision: GeoPrecision.Region, Admin1.Length: > 0 } && best.CountryCode == country) return best with { Rule = "region-named" };
        // Nor a region: the story names the place where it tells the scene ("Fear gripped Tarime on Monday"), in a
        // sentence of its own after the event's first and before any other event's, in the country the story is about (a
        // name in passing where the text names no country may be anywhere).
        if (country is not null && Best(doc, frame, gaz, ctx, cued, inFrame: false, after: true) is { Score: > 2 } after && after.CountryCode == country)
            return after with { Rule = "place-told-after-event" };
        // Nor after it: the place the story's headline and lead tell it at, in the country the story is about, is where
        // an event it tells with no place of its own happened ("the same gang had raided the market two days earlier", the
        // town the lead places in its district).
        if (country is not null && Best(doc, frame, gaz, ctx, cued, inFrame: false, story: true) is { Score: > 2 } story && story.CountryCode == country)
            return story with { Rule = "place-of-story" };
        // A cue that names the regions its stories happen in ("OSCE SMM": Donetsk, Luhansk) says more than the
        // country: the event goes to the first of them, the likeliest by the order of country-cues.tsv.
        if (cued.Count > 0 && cued[0].CountryCode == country)
        {
            var regionSeat = gaz.SeatOf(cued[0]);
            var cue = doc.Countries.First(c => c.Regions.Count > 0);
            return new ResolvedPlace(cued[0].CountryCode, Admin1Name(gaz, doc, cued[0]), "", regionSeat?.Name ?? cued[0].Name,
                regionSeat?.Latitude, regionSeat?.Longitude, GeoPrecision.Region, cue.Span, 0) { Rule = "region-of-country-cue" };
        }
        // Only the country: the one the document names most, at its capital.
        if (country is null) return best is null ? null : best with { Rule = "weak-place-reading" };
        var capital = gaz.CapitalOf(country);
        // "Gunmen killed the president at his residence": a head of state's residence or palace, where the text names no
        // town, is the seat of government, in the capital: near it (precision 2), not anywhere in the country.
        if (capital is not null && SeatOfGovernment(doc, frame, words) is TextSpan seat)
            return Make(gaz, capital, capital.Name, GeoPrecision.NearTown, seat, 0, doc) with { Rule = "seat-of-government-in-capital" };
        var span = doc.Countries.FirstOrDefault(c => c.Iso2 == country && frame.Contains(c.Sentence))?.Span
            ?? doc.Countries.FirstOrDefault(c => c.Iso2 == country)?.Span;
        return new ResolvedPlace(country, "", "", gaz.Country(country)?.Name ?? "", capital?.Latitude, capital?.Longitude, GeoPrecision.Region, span, 0) { Rule = "country-capital" };
    }

    /// <summary>
    /// Where a sentence of the frame names a head of state (word-classes.tsv: head-of-state) and a residence
    /// (official-residence) together: the residence's word, which places the event at the seat of government; null
    /// when none does.
    /// </summary>
    private static TextSpan? SeatOfGovernment(AnnotatedDocument doc, EventFrame frame, WordClasses words)
    {
        foreach (var s in frame.Sentences.Select(i => doc.Sentences[i]).Where(s => !s.IsBackground))
        {
            bool head = false;
            TextSpan? residence = null;
            for (int k = s.FirstToken; k < s.EndToken; k++)
            {
                head |= words.PhraseAt(WordClass.HeadOfState, doc.Tokens, k, s.EndToken);
                if (residence is null && words.Has(WordClass.OfficialResidence, doc.Tokens[k].Folded)) residence = doc.Tokens[k].Span;
            }
            if (head && residence is not null) return residence;
        }
        return null;
    }

    /// <summary>
    /// The best-scored reading of the place names in the frame's sentences or, with <paramref name="inFrame"/> false,
    /// in the sentences right before the frame that tell neither another event nor background (the nearer, the
    /// better): a place another event is told at is that event's. With <paramref name="story"/>, in the headline and
    /// the lead, whichever event they tell: the story's place.
    /// </summary>
    private static ResolvedPlace? Best(AnnotatedDocument doc, EventFrame frame, GazetteerIndex gaz, IReadOnlyDictionary<string, double> ctx, IReadOnlyList<Admin1> cued, bool inFrame, bool after = false, bool story = false)
    {
        ResolvedPlace? best = null;
        double bestScore = double.MinValue;
        var index = MentionIndex.Of(doc);
        // The sentences right before the frame that tell no event and no background: the lead-in to this event.
        int lead = frame.First;
        while (!inFrame && lead > 0 && !doc.Sentences[lead - 1].IsBackground && !index.InAFrame(lead - 1)) lead--;
        // The mentions of those sentences, or of the frame's own and those between them, in the document's order.
        var sentences = story ? doc.Sentences.Where(s => s.Part is NewsPartKind.Headline or NewsPartKind.Lead && !frame.Contains(s.Index)).Select(s => s.Index)
            : after ? AfterFrame(doc, index, frame)
            : inFrame ? frame.Sentences.Concat(Enumerable.Range(frame.First + 1, Math.Max(0, frame.Sentences[^1] - frame.First - 1)).Where(s => Between(doc, index, frame, s)))
            : Enumerable.Range(lead, frame.First - lead);
        foreach (var mi in index.PlacesIn(sentences))
        {
            var m = doc.Places[mi];
            // Where the wounded were evacuated to is not where they were wounded, nor is where the story's history happened.
            if (m.Cue == PlaceCue.TakenTo || m.OfHistory) continue;
            var containers = m.Containers.Select(j => doc.Places[j]).ToList();
            double mentionScore = m.Cue switch { PlaceCue.At => 3, PlaceCue.Near => 3, _ => 0 }
                + (containers.Count > 0 ? 3 : 0)
                + (m.Sentence == frame.First ? 1 : 0)
                - 0.02 * Math.Abs(m.Sentence - frame.First);
            bool sentenceInitial = doc.Sentences[m.Sentence].FirstToken == m.Token;
            if (sentenceInitial && m.Cue == PlaceCue.None && containers.Count == 0 && m.EndToken - m.Token == 1) mentionScore -= 3;
            // "In Kragujevac, the march also set off ... in memory of the students killed in Belgrade": the town a sentence opens on is its scene.
            if (m.OpensSentence) mentionScore += 2;
            // A container ("Beni" in "Oicha (Beni, Nord-Kivu)") stands in for a place the gazetteer lacks:
            // near it, precision 2, and below the contained name whenever that one is known.
            if (m.IsContainer) mentionScore -= 2;
            // "sur la route entre Mopti et Djenné": ACLED codes a road's event near its first end; the other end is
            // only where the road leads.
            // The first end is the most precise place such a text gives, above the wider area it may name beside it
            // ("entre Ségou et Markala, dans le cercle de Ségou").
            if (m.RouteEnd) mentionScore -= 4;
            else if (m.RouteStart) mentionScore += 3;
            // The route's other end, told right after its first end (PlaceStage marks it so), goes with the first end's reading.
            TextSpan? routeEnd = m.RouteStart && doc.Places.ElementAtOrDefault(mi + 1) is { RouteEnd: true } end && end.Sentence == m.Sentence ? end.Span : null;
            foreach (var found in Candidates(doc, m, containers, gaz, ctx, cued))
            {
                var candidate = m.IsContainer && found.GeoPrecision == GeoPrecision.Town ? found with { GeoPrecision = GeoPrecision.NearTown } : found;
                if (routeEnd is not null) candidate = candidate with { RouteEnd = routeEnd };
                var score = mentionScore + candidate.Score;
                if (score > bestScore) { bestScore = score; best = candidate with { Score = score }; }
            }
        }
        return best;
    }

    /// <summary>
    /// Whether a sentence lies among the frame's own sentences without telling another event or background: "La mine a
    /// tué six passagers. L'incident a eu lieu sur l'axe Djibo-Arbinda. Les six victimes étaient des commerçants": the place told between the
    /// event's sentences is the event's. Not where the event sentences closest before it tell another event only: a sentence
    /// amid another event's telling ("The bomb hit Pasto. The governor went to Pasto.") belongs to that one, even where this
    /// frame's sentences stand on both sides of it.
    /// </summary>
    private static bool Between(AnnotatedDocument doc, MentionIndex index, EventFrame frame, int sentence) =>
        sentence > frame.First && sentence < frame.Sentences[^1] && !doc.Sentences[sentence].IsBackground
        && !index.InAFrame(sentence) && frame.Contains(Enumerable.Range(0, sentence).Last(index.InAFrame));

    /// <summary>The sentences after the frame's first that tell neither background nor any event, before another event begins.</summary>
    private static IEnumerable<int> AfterFrame(AnnotatedDocument doc, MentionIndex index, EventFrame frame)
    {
        int next = doc.Frames.Where(f => f.Index != frame.Index && f.First > frame.First).Select(f => f.First).DefaultIfEmpty(doc.Sentences.Length).Min();
        return Enumerable.Range(frame.First + 1, Math.Max(0, next - frame.First - 1)).Where(s => !doc.Sentences[s].IsBackground && !index.InAFrame(s));
    }

    private static IEnumerable<ResolvedPlace> Candidates(AnnotatedDocument doc, PlaceMention m, List<PlaceMention> containers, GazetteerIndex gaz, IReadOnlyDictionary<string, double> ctx, IReadOnlyList<Admin1> cued)
    {
        var text = doc.Document.Slice(m.Span);
        bool districtWord = m.KindDivision == DivisionLevel.District;
        bool regionWord = m.KindDivision == DivisionLevel.Region;
        // A place in a country the document never names is unlikely; in one it names, likely.
        double Context(string cc) => ctx.TryGetValue(cc, out var v) ? 4 + Math.Min(v, 3) : 0;
        // A place in a region a cue points to ("OSCE SMM": Donetsk, Luhansk) beats its namesakes elsewhere.
        double Region(string cc, string admin1) => cued.Any(a => a.CountryCode == cc && a.Code == admin1) ? 2.5 : 0;
        // Outside them, a village of the cue's country is another village of the same name (the mission's own
        // is missing from the gazetteer); a town of some size is still possible.
        // "outside of Dawlat Abad district administration center, Faryab": a region the sentence names, though not as the
        // place's container, tells which of two namesakes is meant.
        double SentenceRegion(string cc, string admin1) =>
            doc.Places.Where((o, j) => o.Sentence == m.Sentence && !ReferenceEquals(o, m) && !m.Containers.Contains(j))
                .Any(o => o.Admin1s.Any(a => a.CountryCode == cc && a.Code == admin1)) ? 1 : 0;
        bool OutsideCued(Place p) => cued.Count > 0 && p.Population < CuedVetoPopulation
            && cued.Any(a => a.CountryCode == p.CountryCode) && Region(p.CountryCode, p.Admin1Code) == 0;
        // A place in a country the document never names is taken only when its containers confirm it:
        // "Pobe" in Benin is not the "Pobe-Mengao" of a story about Burkina Faso.
        bool strict = ctx.Values.Any(v => v >= 1);
        // A name matched only as another transliteration counts only in a country the text names or in the region
        // its containers give ("Petion-Ville, Ouest"): alone it could be any village of the world with a similar name.
        bool Plausible(string cc, double fit) => m.ByTransliteration ? ctx.ContainsKey(cc) || fit >= 8 : !strict || ctx.ContainsKey(cc) || fit > 0;
        double spelling = m.ByTransliteration ? -2 : 0;

        foreach (var p in m.Places)
        {
            var fit = Fit(p, containers);
            // A place its containers contradict is another place of the same name; the containers stand in for the
            // one the gazetteer lacks.
            // A region named with its kind ("Merida state") contradicts as surely as all containers together.
            if (containers.Any(c => (fit < 0 || IsNamedRegion(c)) && RulesOut(c, p))) continue;
            if (!Plausible(p.CountryCode, fit) || fit <= 0 && OutsideCued(p)) continue;
            // The outermost container is read as the first-level division it names, not as a place of that name outside
            // it: "Recanto das Emas, Distrito Federal" is in Brazil's federal district, not in a Mexican hamlet called
            // Distrito Federal, and "Martinez (Buenos Aires)" in the province, not the capital. A city of some size may
            // still be meant where the text names its country ("el Mina (Tripoli)").
            bool outsideDivision = OutsideOwnDivision(m, p.CountryCode, p.Admin1Code);
            // "Bolivar state" is the state, not a town called Bolivar outside it.
            if (IsNamedRegion(m) && !m.Admin1s.Any(a => a.CountryCode == p.CountryCode && a.Code == p.Admin1Code)) continue;
            if (outsideDivision && p.Population < CuedVetoPopulation) continue;
            double s = spelling + Context(p.CountryCode) + Region(p.CountryCode, p.Admin1Code) + SentenceRegion(p.CountryCode, p.Admin1Code) + fit + Prominence(m, p) + (p.Id < 0 ? 1 : 0)
                - (outsideDivision ? 8 : 0);
            // "Poonch district" where GeoNames knows the town Punch by that other name, seat of its namesake district
            // Punch, which the text's spelling did not find: in a country the text names, the town stands for its district.
            if (districtWord && ctx.ContainsKey(p.CountryCode) && gaz.Admin2Of(p) is { } own && !m.Admin2s.Contains(own)
                && gaz.DivisionKeys(own.Name).Contains(Sitrep.Text.TextFold.Fold(p.Name))) s += 3.5 + AlternatePenalty(m, p);
            // A town inside the region named with its kind stands below the region, however large: "dans la région de
            // Tillabéri" is the region, not its seat of that name.
            else if (regionWord && m.Admin1s.Count > 0) s -= 4 + Prominence(m, p);
            else if (regionWord || districtWord) s -= 2;

            var precision = m.Cue == PlaceCue.Near || districtWord ? GeoPrecision.NearTown : GeoPrecision.Town;
            yield return Make(gaz, p, text, precision, m.Span, s, doc);
        }
        foreach (var a2 in m.Admin2s)
        {
            if (!Plausible(a2.CountryCode, 0) || containers.Any(c => IsDivisionElsewhere(c, a2.CountryCode))) continue;
            // Nor as a district of that name elsewhere: "(Buenos Aires)" is not Colombia's Buenos Aires municipality.
            if (OutsideOwnDivision(m, a2.CountryCode, a2.Admin1Code)) continue;
            // "Rio Claro, Lara state" is no district Rio Claro of Brazil: a district its containers contradict is not meant.
            // A district of a region newer than the gazetteer's list has no region for them to contradict.
            if (gaz.Admin1Of(a2.CountryCode, a2.Admin1Code) is not null && Fit(a2.CountryCode, a2.Admin1Code, a2.Code, containers) < 0 && containers.Any(c => RulesOut(c, a2.CountryCode, a2.Admin1Code, a2.Code))) continue;
            var seat = gaz.SeatOf(a2);
            if (seat is null)
            {
                // A district with no town in the gazetteer: its region is still known, from the gazetteer or else from
                // a container of its country ("Lainya county (Central Equatoria state)", filed under a region code of
                // older boundaries).
                var region = gaz.Admin1Of(a2.CountryCode, a2.Admin1Code)
                    ?? containers.SelectMany(c => c.Admin1s).FirstOrDefault(a => a.CountryCode == a2.CountryCode);
                var regionSeat = region is null ? null : gaz.SeatOf(region);
                if (region is not null)
                    yield return new ResolvedPlace(a2.CountryCode, gaz.SplitAdmin1(a2) ?? Admin1Name(gaz, doc, region), a2.Name, AsWritten(doc) ? text : gaz.WrittenName(a2), regionSeat?.Latitude, regionSeat?.Longitude, GeoPrecision.Region, m.Span,
                        spelling + Context(a2.CountryCode) + (districtWord ? 2 : 0) - (regionWord ? 3 : 0) + (containers.Any(c => c.Admin1s.Contains(region)) ? 8 : 0));
                else
                {
                    // A district of a region newer than the gazetteer's list (Ghana's North East, 2019): the country is still known.
                    var capital = gaz.CapitalOf(a2.CountryCode);
                    yield return new ResolvedPlace(a2.CountryCode, "", a2.Name, AsWritten(doc) ? text : gaz.WrittenName(a2), capital?.Latitude, capital?.Longitude, GeoPrecision.Region, m.Span,
                        spelling + Context(a2.CountryCode) + (districtWord ? 2 : 0) - (regionWord ? 3 : 0) + 0.5);
                }
                continue;
            }
            double s = spelling + Context(a2.CountryCode) + Region(a2.CountryCode, a2.Admin1Code) + SentenceRegion(a2.CountryCode, a2.Admin1Code) + (containers.Any(c => c.Admin1s.Any(a => a.CountryCode == a2.CountryCode && a.Code == a2.Admin1Code)) ? 8 : 0)
                + (districtWord ? 3 : 0) - (regionWord ? 3 : 0) + 0.5;
            yield return Make(gaz, seat, text, GeoPrecision.NearTown, m.Span, s, doc) with { Admin2 = a2.Name, Location = AsWritten(doc) ? text : gaz.WrittenName(a2) };
        }
        foreach (var a1 in m.Admin1s)
        {
            if (!Plausible(a1.CountryCode, 0)) continue;
            // Nor is a region meant that its containers contradict: "Sucre municipality, Bolivar state" is no department of Colombia.
            if (containers.Any(c => RulesOut(c, a1.CountryCode, a1.Code, ""))) continue;
            var seat = gaz.SeatOf(a1);
            // A region is where the event is only when no town is named: a town inside it comes first. Named with its
            // kind ("Lara state") or as the outermost container, the name is the region's.
            double s = spelling + Context(a1.CountryCode) + (regionWord || m.IsContainer && m.Containers.Count == 0 ? 3 : 0) - 3.5;
            yield return new ResolvedPlace(a1.CountryCode, Admin1Name(gaz, doc, a1), "", seat?.Name ?? text, seat?.Latitude, seat?.Longitude, GeoPrecision.Region, m.Span, s);
        }
    }

    /// <summary>
    /// Whether <paramref name="m"/> is the outermost container of a place and names first-level divisions, none of them
    /// division <paramref name="admin1"/> of <paramref name="cc"/>. An inner container ("Beni" in "(Beni, Nord-Kivu)") is a
    /// district or town, whatever region elsewhere shares its name.
    /// </summary>
    private static bool OutsideOwnDivision(PlaceMention m, string cc, string admin1) =>
        OutermostDivision(m) && !m.Admin1s.Any(a => a.CountryCode == cc && a.Code == admin1);

    /// <summary>Whether a container is the outermost one given and names a first-level division, as which it is read.</summary>
    private static bool OutermostDivision(PlaceMention c) => c.IsContainer && c.Containers.Count == 0 && c.Admin1s.Count > 0;

    /// <summary>
    /// Whether town <paramref name="q"/> of container <paramref name="c"/>'s name may be what the container means: not a village
    /// when the container is the outermost and names a division ("(Buenos Aires)" is the province, not a Mexican hamlet).
    /// </summary>
    private static bool CountsAsTown(PlaceMention c, Place q) => !(OutermostDivision(c) && q.Population < CuedVetoPopulation);

    /// <summary>Below this population a place outside a cue's regions is taken for a namesake of the one meant.</summary>
    private const long CuedVetoPopulation = 100_000;

    /// <summary>The first-level divisions the document's cues point to, in the order the cues list them.</summary>
    private static List<Admin1> CuedRegions(AnnotatedDocument doc, GazetteerIndex gaz)
    {
        var regions = new List<Admin1>();
        foreach (var c in doc.Countries)
            foreach (var name in c.Regions)
                foreach (var a1 in gaz.FindAdmin1(Sitrep.Text.TextFold.Fold(name)))
                    if (a1.CountryCode == c.Iso2 && !regions.Contains(a1)) regions.Add(a1);
        return regions;
    }

    private static ResolvedPlace Make(GazetteerIndex gaz, Place p, string text, GeoPrecision precision, TextSpan span, double score, AnnotatedDocument doc)
    {
        var (a1, a2) = (gaz.Admin1Of(p), gaz.Admin2Of(p));
        var admin1 = (a2 is null ? null : gaz.SplitAdmin1(a2)) ?? (a1 is null ? "" : Admin1Name(gaz, doc, a1));
        return new ResolvedPlace(p.CountryCode, admin1, a2?.Name ?? "", AsWritten(doc) ? text : p.Name, p.Latitude, p.Longitude, precision, span, score);
    }

    /// <summary>
    /// Whether names are written as the text writes them: in a text in ACLED's own language. A French "Tombouctou" or
    /// "Tchad" is an exonym, and the event takes the gazetteer's and ACLED's name for the place instead.
    /// </summary>
    private static bool AsWritten(AnnotatedDocument doc) => doc.Document.Language is null or CodingResources.AcledLanguage;

    /// <summary>
    /// A division the way the text writes it when the text names it ("Tombouctou" for GeoNames' "Timbuktu"), else ACLED's
    /// form. A division whose name ACLED writes with words the text may leave out ("Kyiv City": division-name-words.tsv) is
    /// named by the text as the city, so keeps the division's name; so does a division whose name to write
    /// admin1-aliases.tsv gives.
    /// </summary>
    private static string Admin1Name(GazetteerIndex gaz, AnnotatedDocument doc, Admin1 a1)
    {
        var acled = gaz.AcledName(a1);
        if (!AsWritten(doc) || a1.NamedByHand || gaz.DivisionNames.WritesDroppableWords(a1.Name)) return acled;
        // Where the text writes the division's name more than once, the mention that can only be the division (a
        // container, a name with "governorate") spells it best: "Hodeidah" may be the city, "(Al Hali, Al Hudaydah)" not.
        return DivisionSpellings.GetValue(doc, SpellingsOf).TryGetValue(a1, out var named) ? doc.Document.Slice(named.Span) : acled;
    }

    /// <summary>For each division the document's place mentions name, the one that spells it best (<see cref="Admin1Name"/>), found once a document.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnnotatedDocument, Dictionary<Admin1, PlaceMention>> DivisionSpellings = new();

    /// <summary>Per division, the first of the mentions that name it and may be it, among those that can only be it.</summary>
    private static Dictionary<Admin1, PlaceMention> SpellingsOf(AnnotatedDocument doc)
    {
        var best = new Dictionary<Admin1, (PlaceMention Mention, int Rank)>();
        foreach (var m in doc.Places)
        {
            if (!(m.KindWord is null || m.KindDivision == DivisionLevel.Region)) continue;
            int rank = m.IsContainer || m.KindWord is not null ? 2 : m.Places.Count == 0 ? 1 : 0;
            foreach (var a1 in m.Admin1s)
                if (!best.TryGetValue(a1, out var b) || rank > b.Rank) best[a1] = (m, rank);
        }
        return best.ToDictionary(kv => kv.Key, kv => kv.Value.Mention);
    }

    /// <summary>
    /// Whether container <paramref name="c"/> says the text means another place than <paramref name="p"/>:
    /// it is known only in another country ("Dessa (Tillabery)" is not the Romanian Dessa); it is a region
    /// only of other countries and no town of p's region ("Martinez (Buenos Aires)" is not a Mexican Martinez in a
    /// state that merely has a village called Buenos Aires: a container is read as the division it names); or it
    /// is a division of p's own country that p is not in and that holds no town of that name ("Kamianka, Donetsk"
    /// is not the Kamianka of Cherkasy).
    /// </summary>
    private static bool RulesOut(PlaceMention c, Place p) => RulesOut(c, p.CountryCode, p.Admin1Code, p.Admin2Code);

    /// <summary>Whether container <paramref name="c"/> says the text means another place than one in division
    /// <paramref name="admin1"/> (and <paramref name="admin2"/>) of <paramref name="cc"/>; see <see cref="RulesOut(PlaceMention, Place)"/>.</summary>
    private static bool RulesOut(PlaceMention c, string cc, string admin1, string admin2) =>
        CountriesOf(c) is [var only] && only != cc
        || c.Admin1s.Count > 0 && c.Admin1s.All(a => a.CountryCode != cc)
            && TownsOf(c).All(q => q.CountryCode != cc || q.Admin1Code != admin1 || !CountsAsTown(c, q))
        || (c.Admin1s.Any(a => a.CountryCode == cc) || c.Admin2s.Any(a => a.CountryCode == cc)) && Fit(cc, admin1, admin2, [c]) < 0
            && TownsOf(c).All(q => q.CountryCode != cc || q.Admin1Code != admin1);

    /// <summary>
    /// Whether container <paramref name="c"/> names a division, and only in a country other than <paramref name="country"/>:
    /// "Ghaydah in Kirkuk province" is not Yemen's Ghaydah district. A container known only as a town elsewhere proves
    /// less, as the gazetteer may merely lack the local one ("Ben Arous (La Nouvelle Medina)"); so does a region's name
    /// known in other countries only, as names differ between sources (Brazil's "Distrito Federal").
    /// </summary>
    private static bool IsDivisionElsewhere(PlaceMention c, string country) =>
        (c.Admin1s.Count > 0 || c.Admin2s.Count > 0) && CountriesOf(c) is [var only] && only != country;

    private static List<string> CountriesOf(PlaceMention m) =>
        m.Places.Select(p => p.CountryCode).Concat(m.Admin1s.Select(a => a.CountryCode)).Concat(m.Admin2s.Select(a => a.CountryCode)).Distinct().ToList();

    /// <summary>
    /// The towns a container may be: none when it is named with a region's kind ("Bolivar state" is the state, whatever
    /// Colombian village is called Bolivar) and a region of that name exists.
    /// </summary>
    private static IReadOnlyList<Place> TownsOf(PlaceMention c) => IsNamedRegion(c) ? [] : c.Places;

    /// <summary>Whether a mention names a first-level division with its kind: "Bolivar state", "Helmand province".</summary>
    private static bool IsNamedRegion(PlaceMention c) => c.KindDivision == DivisionLevel.Region && c.Admin1s.Count > 0;

    /// <summary>How well a place fits the divisions the text gives as its containers.</summary>
    private static double Fit(Place p, List<PlaceMention> containers) => Fit(p.CountryCode, p.Admin1Code, p.Admin2Code, containers);

    /// <summary>How well a place in division <paramref name="admin1"/> (and <paramref name="admin2"/>) of <paramref name="cc"/> fits the containers.</summary>
    private static double Fit(string cc, string admin1, string admin2, List<PlaceMention> containers)
    {
        double s = 0;
        foreach (var c in containers)
        {
            if (c.Admin1s.Any(a => a.CountryCode == cc && a.Code == admin1)) s += 8;
            // A capital GeoNames files under no district ("Freetown (Western Area Urban)") fits any district of its region.
            else if (c.Admin2s.Any(a => a.CountryCode == cc && a.Admin1Code == admin1 && (a.Code == admin2 || string.IsNullOrEmpty(admin2)))) s += 8;
            // A village of the outermost container's name counts less than the division it names: "Remedios de Escalada
            // (Buenos Aires)" is in the province, not beside a Mexican hamlet called Buenos Aires.
            else if (TownsOf(c).Any(q => q.CountryCode == cc && q.Admin1Code == admin1 && CountsAsTown(c, q))) s += 4;
            // A container that names a first-level division elsewhere is read as that division: "Martinez (Buenos
            // Aires)" is not a Mexican Martinez in a state that merely has a village called Buenos Aires.
            else if (c.Admin1s.Count > 0) s -= 2;
            else if (TownsOf(c).Any(q => q.CountryCode == cc) || c.Admin1s.Any(a => a.CountryCode == cc)) s += 1;
            else s -= 2;
        }
        return s;
    }

    /// <summary>How prominent a place is by its kind and population, less when the text used one of its other names.</summary>
    private static double Prominence(PlaceMention m, Place p) => Feature(p) + 0.4 * Math.Log10(p.Population + 1) - AlternatePenalty(m, p);

    /// <summary>
    /// A place found under one of its other names ranks below those that bear it as their own ("Gao" is also an
    /// old name of Guantanamo), less so a city of half a million or more, whose exonym is what the press writes
    /// ("Odessa" for Odesa, "Kiev" for Kyiv).
    /// </summary>
    private static double AlternatePenalty(PlaceMention m, Place p) =>
        !m.ByAlternateName.Contains(p.Id) ? 0 : p.Population >= 500_000 ? 0.5 : 2.5;

    private static double Feature(Place p) => p.FeatureCode switch
    {
        "PPLC" or "PPLG" => 3,
        "PPLA" => 2,
        "PPLA2" => 1.5,
        "PPLA3" or "PPLA4" => 0.5,
        _ => 0,
    };
}
