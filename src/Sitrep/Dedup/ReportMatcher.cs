using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Resources;
using Sitrep.Events;
using Sitrep.Gazetteer;
using Sitrep.Text;

namespace Sitrep.Dedup;

/// <summary>
/// Decides whether two reports tell one event by weighing the evidence (<see cref="DedupRules"/>): the day, the
/// place at the level each report knows it, the kind of event, the actors, the toll and the names their sentences
/// share. Some disagreements end the comparison at once (two countries, places beyond reach, days beyond what the
/// reports' precision allows, two named perpetrators); the rest add or take weight, and the pair is one event when
/// its score reaches the threshold, a higher one when a report knows only the region. The reason states each
/// piece of evidence with its weight.
/// </summary>
public static class ReportMatcher
{
    public static MatchVerdict Compare(ReportFeatures a, ReportFeatures b) => Compare(a, b, DedupRules.Default);

    public static MatchVerdict Compare(ReportFeatures a, ReportFeatures b, DedupRules rules)
    {
        var evidence = new List<string>();
        double score = 0;
        void Weigh(double weight, string what)
        {
            score += weight;
            evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{what} ({weight:+0.##;-0.##;0})"));
        }

        string? exactDayApart = null;
        if (a.EventDate is DateOnly da && b.EventDate is DateOnly db)
        {
            int days = Math.Abs(da.DayNumber - db.DayNumber);
            var coarser = a.TimePrecision > b.TimePrecision ? a.TimePrecision : b.TimePrecision;
            if (days > rules.DaysAllowed(coarser)) return No($"{days} days apart ({da:yyyy-MM-dd}, {db:yyyy-MM-dd})");
            if (days == 0) Weigh(rules.SameDay, $"same day {da:yyyy-MM-dd}");
            else if (days == 1 && coarser == TimePrecision.Day && (a.Night || b.Night)) Weigh(rules.DayApartNight, $"1 day apart, at night ({da:yyyy-MM-dd}, {db:yyyy-MM-dd})");
            // Two exact dates a day apart are weighed once the place and actors are known: a capture is told on two days.
            else if (days == 1 && coarser == TimePrecision.Day) exactDayApart = $"1 day apart ({da:yyyy-MM-dd}, {db:yyyy-MM-dd})";
            else if (days == 1) Weigh(rules.DayApartVague, $"1 day apart ({da:yyyy-MM-dd}, {db:yyyy-MM-dd})");
            else Weigh(rules.DaysApartVague, $"{days} days apart, within a vague date");
        }

        if (a.Country.Length > 0 && b.Country.Length > 0 && a.Country != b.Country)
            return No($"different countries ({a.Country}, {b.Country})");
        // ACLED cut one source report into these events, one a place or a day: parts of a split are never one event.
        if (a.SplitPart && b.SplitPart) return No("split_parts: each is a part of a report split into several events");

        bool regional = a.GeoPrecision >= GeoPrecision.Region || b.GeoPrecision >= GeoPrecision.Region;
        bool samePlace = false;
        if (!regional && a.Latitude is double la && a.Longitude is double oa && b.Latitude is double lb && b.Longitude is double ob)
        {
            var km = Geo.Km(la, oa, lb, ob);
            if (km > rules.MaxKm) return No($"{km:0} km apart ({a.Location}, {b.Location})");
            if (km <= rules.SamePlaceKm || a.Location == b.Location) { samePlace = true; Weigh(rules.SamePlace, $"same place ({a.Location})"); }
            else if (a.GeoPrecision == GeoPrecision.Town && b.GeoPrecision == GeoPrecision.Town && km > rules.TownKm) return No($"two places {km:0} km apart ({a.Location}, {b.Location})");
            else Weigh(rules.SameDistrict, $"{km:0} km apart, near one town ({a.Location}, {b.Location})");
            // Near a town or in a district, two villages around it may be two places: the kind of event must agree.
            if ((a.GeoPrecision == GeoPrecision.NearTown || b.GeoPrecision == GeoPrecision.NearTown) && a.SubEventType != b.SubEventType && km > rules.SamePlaceKm)
                return No($"near a town, and different kinds of event ({a.SubEventType}, {b.SubEventType})");
        }
        else if (a.Admin1.Length > 0 && b.Admin1.Length > 0 || a.GeoPrecision >= GeoPrecision.Region || b.GeoPrecision >= GeoPrecision.Region)
        {
            // A report that knows only the country (no region) is in every region of it.
            bool sameRegion = a.Admin1.Length > 0 && b.Admin1.Length > 0 ? Evaluation.Evaluator.SamePlace(a.Admin1, b.Admin1)
                : a.Admin1 == b.Admin1 || CountryOnly(a) || CountryOnly(b);
            if (!sameRegion && !WithinKm(a, b, rules.RegionKm)) return No($"different regions ({Or(a.Admin1, a.Country)}, {Or(b.Admin1, b.Country)})");
            if (regional && a.SubEventType != b.SubEventType)
                return No($"only a region or country, and different kinds of event ({a.SubEventType}, {b.SubEventType})");
            Weigh(rules.SameRegion, $"same region ({Or(a.Admin1, a.Country)})");
        }

        // Only a region or country, for want of a village the gazetteer lacks: the same village named as one ("la commune de
        // Tindi", "the village of Kobure") in both is one place, weighed as the place and so not again as a shared name.
        var village = regional ? a.Settlements.Intersect(b.Settlements, StringComparer.Ordinal).ToList() : [];
        if (village.Count > 0) Weigh(rules.SameUnlistedPlace, $"the same village the gazetteer lacks ({string.Join(" ", village)})");

        var beside = PlaceNames(a, b);
        if (beside.A.Count > 0 && beside.B.Count > 0)
            Weigh(rules.PlaceNamesDiffer, $"each names a place the other does not ({string.Join(" ", beside.A)} / {string.Join(" ", beside.B)})");
        else if (beside.A.Count + beside.B.Count > 0)
            Weigh(rules.PlaceNameUnmatched, $"one names a place the other does not ({string.Join(" ", beside.A.Concat(beside.B))})");
        // Each names a village as one ("the village of Kobure", "la commune de Tindi") that the other never mentions: two
        // villages around one coded town or in one region, whatever the distance from the coded place at which they are written.
        var villages = (A: a.Settlements.Where(n => !b.Mentions(n)).ToList(), B: b.Settlements.Where(n => !a.Mentions(n)).ToList());
        if (!(beside.A.Count > 0 && beside.B.Count > 0) && villages.A.Count > 0 && villages.B.Count > 0)
            Weigh(rules.SettlementsDiffer, $"each names a village the other does not ({string.Join(" ", villages.A)} / {string.Join(" ", villages.B)})");

        if (a.SubEventType == b.SubEventType) Weigh(rules.SameSubEvent, $"both {a.SubEventType}");
        else if (a.EventType == b.EventType) Weigh(rules.SameEventType, $"both {a.EventType} ({a.SubEventType}, {b.SubEventType})");
        else if (IsCrowdType(a.EventType) && IsCrowdType(b.EventType)) Weigh(rules.CrowdToldTwoWays, $"one crowd's event told two ways ({a.SubEventType}, {b.SubEventType})");
        else if (CompatibleTypes(a.EventType, b.EventType)) Weigh(rules.OtherEventType, $"{a.SubEventType} / {b.SubEventType}");
        // Gunmen firing on a crowd that fires back: one outlet tells the protesters shot, another the gun battle they set off.
        else if (CrowdAndViolence(a.EventType, b.EventType)) Weigh(rules.CrowdAndViolence, $"a crowd's event and political violence ({a.SubEventType}, {b.SubEventType})");
        else return No($"different kinds of event ({a.SubEventType}, {b.SubEventType})");

        // One force named with two regimes' years ("Military Forces of Mali (2012-2020)", "(2021-)") is one actor once
        // the dates agree, as they do past the day's limit: a name's years never keep two reports of one day apart.
        // A report without a date compares the names whole, years and all.
        bool dated = a.EventDate is not null && b.EventDate is not null;
        bool Same(string x, string y) => SameActor(x, y, dated);
        bool crowd = a.Inter1.IsCrowd() && b.Inter1.IsCrowd();
        if (!crowd && !Compatible(a.Actor1, b.Actor1) && !Compatible(a.Actor1, b.Actor2))
        {
            // Two named perpetrators are two events, unless one report's event sentences write the other's group: a side
            // one outlet saw and another did not (a caption's group, a group blamed later), which then only weighs against.
            if (WrittenIn(a.Actor1, b) is { } inB) Weigh(rules.OtherPerpetratorNamed, $"different perpetrators, but {b.DocId} names {a.Actor1} ({inB})");
            else if (WrittenIn(b.Actor1, a) is { } inA) Weigh(rules.OtherPerpetratorNamed, $"different perpetrators, but {a.DocId} names {b.Actor1} ({inA})");
            else return No($"different perpetrators ({a.Actor1}, {b.Actor1})");
        }
        // Only a region or country: the actors must agree, or both be unnamed, for the pair to be more than a coincidence.
        if (regional && !crowd && (IsNamed(a.Actor1) || IsNamed(b.Actor1)) && !SharesNamedActor(a, b, dated))
            return No($"only a region or country, and different actors ({a.Actor1}, {b.Actor1})");
        if (IsNamed(a.Actor1) && Same(a.Actor1, b.Actor1)) Weigh(rules.SameActor, $"same actor ({Told(a.Actor1, b.Actor1)})");
        else if (IsNamed(a.Actor1) && Same(a.Actor1, b.Actor2)) Weigh(rules.SameActor, $"same actor ({Told(a.Actor1, b.Actor2)})");
        else if (IsNamed(b.Actor1) && Same(b.Actor1, a.Actor2)) Weigh(rules.SameActor, $"same actor ({Told(b.Actor1, a.Actor2)})");
        else if (NamedInSentences(a.Actor1, b) is { } inB) Weigh(rules.ActorNamedByOther, $"{b.DocId} names {a.Actor1} ({inB})");
        else if (NamedInSentences(b.Actor1, a) is { } inA) Weigh(rules.ActorNamedByOther, $"{a.DocId} names {b.Actor1} ({inA})");
        else if (a.Actor1.Length > 0 && a.Actor1 == b.Actor1) Weigh(rules.SameUnnamedActor, $"both unnamed alike ({a.Actor1})");
        else if (crowd) Weigh(rules.SameCrowd, $"one crowd told two ways ({a.Actor1}, {b.Actor1})");
        // A place changes hands once: the same named group taking the same town is one capture, whatever else the reports
        // share. The side that lost it does not count: an army loses towns to many groups.
        bool once = samePlace && a.SubEventType == b.SubEventType && rules.OncePerPlaceTypes.Contains(a.SubEventType) && IsNamed(a.Actor1) && Same(a.Actor1, b.Actor1);
        if (once) Weigh(rules.OncePerPlace, $"{a.SubEventType} happens to a place once");
        // A town taken overnight is dated by one outlet on the day the fighters entered and by another on the day the group
        // claimed it: for what happens to a place once, two exact dates a day apart are as good as a vague day.
        if (exactDayApart is not null)
            Weigh(once ? rules.DayApartOnce : rules.DayApartExact, once ? $"{exactDayApart}, entry and claim of one capture" : exactDayApart);
        // The same armed force hit in both (civilians, the commonest target, tell nothing).
        if (IsNamed(a.Actor2) && Same(a.Actor2, b.Actor2) && !Same(a.Actor1, b.Actor1) && InterCodes.IsArmed(a.Inter2)) Weigh(rules.SameTarget, $"same target ({a.Actor2})");
        if (IsNamed(a.Actor2) && IsNamed(b.Actor2) && !Same(a.Actor2, b.Actor2) && !Same(a.Actor2, b.Actor1) && !Same(b.Actor2, a.Actor1))
            Weigh(rules.OtherTarget, $"different targets ({a.Actor2}, {b.Actor2})");

        if (a.Fatalities > 0 && b.Fatalities > 0)
        {
            double ratio = (double)Math.Max(a.Fatalities, b.Fatalities) / Math.Min(a.Fatalities, b.Fatalities);
            // A single death is the commonest toll of all: two reports that each count one share little.
            if (a.Fatalities == b.Fatalities && a.Fatalities <= rules.SmallToll) Weigh(rules.SameSmallToll, $"same small toll ({a.Fatalities})");
            else if (a.Fatalities == b.Fatalities) Weigh(rules.SameToll, $"same toll ({a.Fatalities})");
            else if (ratio <= rules.CloseTollRatio) Weigh(rules.CloseToll, $"close tolls ({a.Fatalities}, {b.Fatalities})");
            // A later report counting more is the commonest revision (bodies found, the wounded dying): within the far ratio it is
            // an early and a later count, as close tolls are; beyond it, no sign either way.
            else if (IsUpdate(a, b) && ratio <= rules.FarTollRatio) Weigh(rules.TollRevised, $"a later report's revised toll ({a.Fatalities}, {b.Fatalities})");
            else if (ratio > rules.FarTollRatio && IsUpdate(a, b)) Weigh(rules.TollUpdate, $"a later report's higher toll ({a.Fatalities}, {b.Fatalities})");
            // One dead told against many: a report of the one victim it names (a commander killed in a clash) within the other's toll.
            else if (ratio > rules.FarTollRatio && Math.Min(a.Fatalities, b.Fatalities) <= rules.SmallToll) Weigh(rules.SmallTollWithin, $"a single death within the other's toll ({a.Fatalities}, {b.Fatalities})");
            else if (ratio > rules.FarTollRatio) Weigh(rules.FarToll, $"far tolls ({a.Fatalities}, {b.Fatalities})");
            // One report's toll is a figure a later report's event sentences write besides its own ("the toll rose from 30 to 45"):
            // the count one outlet gave is the earlier count the other retells, so both tell that count.
            if (a.Fatalities != b.Fatalities && (TollWrittenIn(a, b, rules) ?? TollWrittenIn(b, a, rules)) is { } told)
                Weigh(rules.TollTold, $"{told.Other.DocId} also writes {told.Told.DocId}'s toll ({told.Told.Fatalities})");
        }

        var shared = SharedNames(a.EventNames, b.EventNames, [], [], village);
        if (shared.Count > 0)
            Weigh(Math.Min(rules.SharedNamesMax, rules.SharedName * shared.Count), $"shared names ({string.Join(" ", shared.Take(6))})");

        var coded = a.CodedWords.Concat(b.CodedWords).ToHashSet(StringComparer.Ordinal);
        var alsoShared = SharedNames(a.DocumentNames, b.DocumentNames, a.JoinedNames, b.JoinedNames, [.. coded, .. shared, .. village]);
        if (alsoShared.Count > 0)
            Weigh(Math.Min(rules.SharedDocumentNamesMax, rules.SharedDocumentName * alsoShared.Count), $"names both documents use ({string.Join(" ", alsoShared.Take(6))})");

        // The wording both reports' event sentences share besides names: the words and numbers peculiar to the event
        // (a bus, a wedding, 60 wounded), not those every report of its kind writes (EventWords). The first few add nothing,
        // as any two reports of a kind share some; between two crowds the words tell the cause many crowds share.
        var words = SharedWords(a.EventWords, b.EventWords);
        if (words.Count > rules.SharedWordsFree)
        {
            double each = crowd ? rules.SharedWordCrowd : rules.SharedWord;
            Weigh(Math.Min(rules.SharedWordsMax, each * (words.Count - rules.SharedWordsFree)),
                $"shared words{(crowd ? " between crowds" : "")} ({string.Join(" ", words.Take(8))})");
        }

        double needed = regional ? rules.RegionThreshold : rules.Threshold;
        string tally = string.Create(CultureInfo.InvariantCulture, $"score {score:0.##} {(score >= needed ? ">=" : "<")} {needed:0.##}");
        return new MatchVerdict(score >= needed, score, string.Join("; ", evidence.Append(tally)), needed);

        bool Compatible(string x, string y) => Same(x, y) || !IsNamed(x) || !IsNamed(y);
        static MatchVerdict No(string why) => new(false, double.NegativeInfinity, why);
        static string Or(string s, string fallback) => s.Length > 0 ? s : fallback;
    }

    /// <summary>Whether a named actor of one report is an actor of the other, on either side (one outlet's attacker is another's defender).</summary>
    private static bool SharesNamedActor(ReportFeatures a, ReportFeatures b, bool dated) =>
        new[] { a.Actor1, a.Actor2 }.Where(IsNamed).Any(x => SameActor(x, b.Actor1, dated) || SameActor(x, b.Actor2, dated));

    /// <summary>
    /// Whether two actor names are one actor: equal, or, when both reports are dated (and so within the days the matcher
    /// allows), equal but for the regime years ACLED writes after a state's forces ("(2021-)"), compared as the evaluation does.
    /// </summary>
    public static bool SameActor(string x, string y, bool dated) =>
        x == y || dated && x.Contains('(') && y.Contains('(') && Evaluation.Evaluator.Actor(x) == Evaluation.Evaluator.Actor(y)
        || FactionOf(x, y) || FactionOf(y, x);

    /// <summary>
    /// Whether <paramref name="faction"/> is a faction of <paramref name="group"/>: ACLED names a faction after its group,
    /// "Group: Faction" ("FARC Dissident: Central General Staff"), and the group alone by its name, in the singular or the
    /// plural ("FARC Dissidents"). One outlet names the faction that struck and another the group it belongs to: one actor.
    /// The words before the colon meet the group's name word by word, each cut of the endings of ACLED's language
    /// (its word-endings.tsv), so a singular meets its plural. Two factions of one group (both with a colon) are not one
    /// actor: rival factions fight each other. A gloss ("JNIM: Group for Support of Islam and Muslims") meets only its
    /// own short name, the same group.
    /// </summary>
    public static bool FactionOf(string faction, string group)
    {
        int colon = faction.IndexOf(':');
        if (colon <= 0 || group.Contains(':') || EventWords.Default.In(CodingResources.AcledLanguage) is not { } language) return false;
        IEnumerable<string> Stems(string name) =>
            name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => language.StemOf(ReportFeatures.FoldName(w)));
        var head = Stems(faction[..colon]).ToList();
        return head.Count > 0 && head.SequenceEqual(Stems(group), StringComparer.Ordinal);
    }

    /// <summary>An actor as a merge reason names it: with the other report's name when one is a faction of the other.</summary>
    private static string Told(string x, string y) =>
        FactionOf(x, y) ? $"{x}, a faction of {y}" : FactionOf(y, x) ? $"{y}, a faction of {x}" : x;

    /// <summary>Whether the report published later counts more dead: an update, as tolls grow while bodies are found.</summary>
    private static bool IsUpdate(ReportFeatures a, ReportFeatures b) =>
        a.Published is DateOnly pa && b.Published is DateOnly pb && pa != pb && (pa < pb) == (a.Fatalities < b.Fatalities);

    /// <summary>
    /// <paramref name="told"/> and <paramref name="other"/> when <paramref name="other"/>, published later, writes in its event
    /// sentences (its event words: besides its own toll and its dates) the toll <paramref name="told"/> codes, above a small toll
    /// (a single death is written everywhere); null otherwise. Only a later report retells a count: a figure of a report of the
    /// same day (the wounded, the victims of another shooting) meets the other's toll by chance.
    /// </summary>
    private static (ReportFeatures Told, ReportFeatures Other)? TollWrittenIn(ReportFeatures told, ReportFeatures other, DedupRules rules) =>
        told.Fatalities > rules.SmallToll && told.Published is DateOnly before && other.Published is DateOnly after && before < after
        && other.EventWords.Contains(told.Fatalities.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal) ? (told, other) : null;

    /// <summary>A report that knows the country and no region of it.</summary>
    private static bool CountryOnly(ReportFeatures r) => r.Admin1.Length == 0 && r.GeoPrecision >= GeoPrecision.Region;

    /// <summary>
    /// When <paramref name="actor"/> is named and <paramref name="other"/> leaves its perpetrator unnamed, the words of the
    /// actor's name (before its gloss: "JNIM" of "JNIM: Group for Support of Islam and Muslims") that the other's event
    /// sentences write: the group the coder could not tie to the act ("an attack later claimed by JNIM"). Null when they do not.
    /// </summary>
    private static string? NamedInSentences(string actor, ReportFeatures other) => IsNamed(other.Actor1) ? null : WrittenIn(actor, other);


    /// <summary>The words of a named actor's name (before its gloss) that the other report's event sentences all write; null when they do not.</summary>
    private static string? WrittenIn(string actor, ReportFeatures other)
    {
        if (!IsNamed(actor)) return null;
        var head = actor.Split(':', '(')[0];
        var words = ReportFeatures.NameWords(head).ToList();
        if (words.Count == 0 || !words.All(w => other.EventNames.Contains(w, StringComparer.Ordinal))) return null;
        return string.Join(" ", words);
    }

    /// <summary>
    /// The names both reports write, each once: the same name, or one spelt two ways by two transliterations
    /// (<see cref="NameSkeleton"/>: one skeleton and close spellings, "Abdulkadir" and "Abdelkader"), a name of one also
    /// meeting a name the other writes in two words ("Abdel Kader"); none of <paramref name="left"/> (weighed on their own),
    /// named as the first report writes them.
    /// </summary>
    private static List<string> SharedNames(IEnumerable<string> a, IReadOnlyList<string> b, IEnumerable<string> aJoined, IReadOnlyList<string> bJoined, IReadOnlyList<string> left)
    {
        var bySkeleton = b.Concat(bJoined).Concat(left).Distinct().ToLookup(NameSkeleton.Of, StringComparer.Ordinal);
        var bSingles = b.ToHashSet(StringComparer.Ordinal);
        var leftSet = left.ToHashSet(StringComparer.Ordinal);
        // The other report's name that a name meets: itself, or a spelling of it (among its single names only, for a name in two words).
        string? Met(string n, Func<string, bool> among) =>
            among(n) ? n : bySkeleton[NameSkeleton.Of(n)].FirstOrDefault(m => among(m) && NameSkeleton.Close(n, m));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shared = new List<string>();
        var bAll = b.Concat(bJoined).ToHashSet(StringComparer.Ordinal);
        foreach (var (n, joined) in a.Select(n => (n, false)).Concat(aJoined.Select(n => (n, true))))
        {
            if (leftSet.Contains(n) || Met(n, leftSet.Contains) is not null) continue;
            if (Met(n, joined ? bSingles.Contains : bAll.Contains) is { } m && seen.Add(m)) shared.Add(n);
        }
        return shared;
    }

    /// <summary>The words two reports' sorted event words both hold, in order: one pass over each.</summary>
    private static List<string> SharedWords(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        var shared = new List<string>();
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            int c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0) { shared.Add(a[i]); i++; j++; }
            else if (c < 0) i++;
            else j++;
        }
        return shared;
    }

    /// <summary>The names each report writes beside its place that the other's document never mentions.</summary>
    private static (List<string> A, List<string> B) PlaceNames(ReportFeatures a, ReportFeatures b) =>
        (a.PlaceNames.Where(n => !b.Mentions(n)).ToList(), b.PlaceNames.Where(n => !a.Mentions(n)).ToList());

    private static bool WithinKm(ReportFeatures a, ReportFeatures b, double km) =>
        a.Latitude is double la && a.Longitude is double oa && b.Latitude is double lb && b.Longitude is double ob && Geo.Km(la, oa, lb, ob) <= km;

    /// <summary>A protest or a riot: what one outlet tells as protesters fired on another tells as a riot put down.</summary>
    private static bool IsCrowdType(string eventType) => EventType.TryParse(eventType) is { IsDemonstration: true };

    /// <summary>Two kinds of political violence that reports of one attack mix ("a suicide attack" and "a clash"), or two kinds of crowd (weighed first, by <see cref="IsCrowdType"/>).</summary>
    private static bool CompatibleTypes(string a, string b) =>
        (EventType.TryParse(a), EventType.TryParse(b)) is ({ } x, { } y) && (IsViolence(x) && IsViolence(y) || x.IsDemonstration && y.IsDemonstration);

    /// <summary>A protest or a riot in one report and political violence in the other: a shooting at a crowd that turned into a fight.</summary>
    private static bool CrowdAndViolence(string a, string b) =>
        (EventType.TryParse(a), EventType.TryParse(b)) is ({ } x, { } y) && (x.IsDemonstration && IsViolence(y) || IsViolence(x) && y.IsDemonstration);

    private static bool IsViolence(EventType t) => t == EventType.Battles || t == EventType.Explosions || t == EventType.ViolenceAgainstCivilians;

    private static bool IsNamed(string actor) => UnnamedActorNames.Default.IsNamed(actor);
}
