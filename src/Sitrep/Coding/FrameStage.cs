using Sitrep.Documents;
using System.Collections.Immutable;
using Sitrep.Coding.Resolve;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Groups sentences into events. A sentence with a trigger that stands on its own starts the
/// first event; later trigger sentences add to the current event unless they tell a different
/// one: an explicit event date other than the current event's, or a cue such as "in a separate
/// attack", or an event in a region the current one is not in (a round-up; a sentence about a region told before returns
/// to that region's event). A sentence whose triggers are all nouns referring back ("the attack", "the clash")
/// always adds to the current event. Sentences without triggers add their detail (the dead,
/// a claim) to the event just told, when they follow it directly. Before grouping, it drops the
/// protest and riot words that are part of a security force's name ("riot police"), which only the
/// actors, found after the triggers, can tell: so it sets the triggers as well as the frames. Last, it drops the frames
/// of a story that tells an accident or sport in words that sound like violence.
/// </summary>
public sealed class FrameStage : ICodingStage
{
    public string Name => "frames";
    public Annotation Needs => Annotation.Triggers | Annotation.Dates | Annotation.Fatalities | Annotation.Actors | Annotation.Places;
    public Annotation Sets => Annotation.Frames | Annotation.Triggers;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var lex = resources.Lexicon;
        // Each sentence's mentions, found once: scanning every mention for every sentence would cost the square of a long text.
        var actorsOf = doc.Actors.ToLookup(a => a.Sentence);
        // "riot police", "anti-riot squad": a protest or riot word inside the name of a security force is that force's
        // name, not a riot.
        doc = doc with
        {
            Triggers = [.. doc.Triggers.Where(t => !(t.Entry.SubEventType.IsDemonstration
                && actorsOf[t.Sentence].Any(a => a.Span.Contains(t.Span) && a.Entries.All(e => e.Inter is Inter.State or Inter.External))))],
        };
        doc = doc with { Triggers = [.. doc.Triggers.Where(t => !IsArmedMovement(actorsOf[t.Sentence], t))] };
        var triggersOf = doc.Triggers.ToLookup(t => t.Sentence);
        var datesOf = doc.Dates.ToLookup(d => d.Sentence);
        var fatalitiesOf = doc.Fatalities.ToLookup(f => f.Sentence);
        var placesOf = doc.Places.ToLookup(m => m.Sentence);
        var frames = new List<List<int>>();
        // Per frame, its date and the regions its sentences name; the frame that the last sentence joined.
        var dates = new List<DateOnly?>();
        var regions = new List<HashSet<string>>();
        // Per frame, whether it tells territory changing hands.
        var takesTerritory = new List<bool>();
        // Per frame, the towns (gazetteer ids) its sentences name.
        var towns = new List<HashSet<int>>();
        // Per region, the first frame whose sentences name it: the frame a sentence about that region goes back to.
        var firstFrameOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int current = -1;
        // The frames a pursuit of suspects opened, with the words that tell the pursuit.
        var pursuits = new Dictionary<List<int>, TextSpan>(ReferenceEqualityComparer.Instance);
        var country = MainCountry(doc);
        int lastSentence = -10;
        foreach (var s in doc.Sentences)
        {
            if (s.IsBackground) continue;
            var triggers = triggersOf[s.Index].ToList();
            var standalone = triggers.Where(t => t.Entry.Requires is null).ToList();
            // The sentence's cues, found once for the roles they play and where they stand.
            var cues = lex.Discourse.FindAll(doc.Tokens, s.FirstToken, s.EndToken).ToList();
            var roles = cues.SelectMany(m => m.Values).ToHashSet();
            // "A bus crashed, killing 12 passengers", "a gas explosion killed five": generic killing and blast
            // words beside an accident are no event; a named weapon (IED, suicide bomb, airstrike) still is,
            // and so is a protest about the accident or the floods ("a vigil for the journalist killed in a road accident").
            var harm = standalone.Where(t => t.Entry.SubEventType.EventType != EventType.Protests).ToList();
            if (harm.Count > 0 && harm.All(t => t.Entry.Weight <= 5) && roles.Contains(DiscourseRole.Accident))
            {
                standalone.RemoveAll(harm.Contains);
                // A lone weak protest word beside an accident is another sense of it: "a lightning strike killed three".
                if (standalone.All(t => t.Entry.Weight <= 2)) standalone.Clear();
            }
            // "Police arrested a man suspected of stealing cars", "thieves stole 2 million": ordinary crime, whose
            // arrests and thefts ACLED does not code; a mob that beats the thief is still mob violence, and an armed
            // group or militia that steals cattle still loots.
            if (roles.Contains(DiscourseRole.Crime) && !actorsOf[s.Index].Any(a => a.Entries.Any(e => e.Inter.IsNonStateArmed() || e.Inter == Inter.Rioters)))
                standalone.RemoveAll(t => t.Entry.SubEventType == SubEventType.Arrests || t.Entry.SubEventType == SubEventType.Looting);
            var eventDate = datesOf[s.Index].Where(d => d.TellsWhen).Select(d => (DateOnly?)d.Date).FirstOrDefault();
            // Where the wounded were taken ("évacués vers Ouagadougou") is not where the sentence's event is.
            var where = Regions(placesOf[s.Index].Where(m => m.Cue != PlaceCue.TakenTo), country);
            // A round-up tells one event per place: a sentence that tells of a region the current event is not in goes back to
            // the event told there before ("A Katsina police spokesman confirmed the attack"), or tells another.
            bool elsewhere = frames.Count > 0 && where.Count > 0 && regions[current].Count > 0 && !where.Overlaps(regions[current]);
            int back = elsewhere ? FirstFrameNaming(where, firstFrameOf) : -1;
            if (back >= 0 && eventDate is DateOnly ed && dates[back] is DateOnly bd && Math.Abs(ed.DayNumber - bd.DayNumber) > 1) back = -1;
            // "In Kragujevac, the march also set off at noon.": a sentence that opens on a town the current event's sentences have
            // not named moves the story to that town, as a round-up does, even in words that refer back ("the protest"): to
            // the event told there before, or to a new one. Regions alone cannot tell two towns of one region apart.
            var opening = placesOf[s.Index].FirstOrDefault(m => m.OpensSentence && m.Places.Count > 0 && m.Admin1s.Count == 0);
            bool movesTown = frames.Count > 0 && opening is not null && !opening.Places.Any(p => towns[current].Contains(p.Id));
            int backTown = movesTown ? towns.FindIndex(t => opening!.Places.Any(p => t.Contains(p.Id))) : -1;
            if (standalone.Count == 0)
            {
                // Detail for the event just told: "two soldiers and four assailants died", a claim, police intervening.
                bool detail = triggers.Count > 0 || fatalitiesOf[s.Index].Any() || actorsOf[s.Index].Any(a => a.ClaimedResponsibility);
                if (back >= 0 && detail) current = back;
                if (frames.Count > 0 && detail && (back >= 0 || s.Index - lastSentence <= 3) && (eventDate is null || eventDate == dates[current]))
                {
                    frames[current].Add(s.Index);
                    lastSentence = s.Index;
                }
                continue;
            }
            bool anaphoric = standalone.All(t => t.IsAnaphoric);
            // "Elsewhere, gunmen killed..." tells another event; "in the capital and elsewhere in the country" lists places.
            bool separate = cues.Any(m => m.Values.Contains(DiscourseRole.NewEvent)
                && !(m.Start > s.FirstToken && (lex.Words.Has(WordClass.Coordinator, doc.Tokens[m.Start - 1].Folded) || lex.Words.Has(WordClass.Alternative, doc.Tokens[m.Start - 1].Folded))));
            // A weekday tells another day in the pluperfect ("les rebelles avaient pillé le marché lundi"): what
            // happened before the story's event.
            bool otherDate = eventDate is DateOnly d && dates.Count > 0 && dates[current] is DateOnly c && Math.Abs(d.DayNumber - c.DayNumber) > 1
                && datesOf[s.Index].Any(x => x.TellsWhen && (x.IsExplicit || BackgroundStage.IsPluperfect(doc, lex.Words, s)))
                // "le ministre a visité mardi les blessés de l'embuscade de la nuit du 3 au 4 mai": a sentence that also writes
                // the current event's day tells that event, whatever else it dates.
                && !datesOf[s.Index].Any(x => x.TellsWhen && Math.Abs(x.Date.DayNumber - c.DayNumber) <= 1);
            // "The army took Kidal. It had fought the rebels there for three days, with heavy fighting last weekend": a
            // takeover and the fighting before it are two events by ACLED's rules, the takeover on its own day (an
            // undated lead's is the day of publication), the fighting on the days it is told.
            // "Police killed four suspects connected to the assassination": the state's forces fighting or killing those
            // hunted for an event no state force took part in tell their pursuit, which ACLED codes as an event of its own.
            int firstTrigger = standalone.Min(t => t.Token);
            var pursuit = frames.Count > 0 && !anaphoric ? cues.FirstOrDefault(m => m.Values.Contains(DiscourseRole.Pursuit)) : default;
            if (pursuit.Length > 0
                && actorsOf[s.Index].Any(a => a.Token < firstTrigger && a.Entries.Count > 0 && a.Entries.All(e => e.Inter == Inter.State))
                && !frames[current].Any(f => actorsOf[f].Any(a => a.Entries.Any(e => e.Inter == Inter.State))))
                separate = true;
            else pursuit = default;
            bool territorial = standalone.Any(t => t.Entry.SubEventType.IsTerritorial);
            if (!otherDate && frames.Count > 0 && !anaphoric && territorial != takesTerritory[current] && eventDate is DateOnly od
                && (dates[current] ?? doc.Document.Published) is DateOnly known && Math.Abs(od.DayNumber - known.DayNumber) > 1)
                otherDate = true;
            if (movesTown && backTown >= 0 && !separate && !otherDate)
            {
                current = backTown;
                frames[current].Add(s.Index);
            }
            else if (back >= 0 && !movesTown && !separate && !otherDate)
            {
                current = back;
                frames[current].Add(s.Index);
            }
            else if (frames.Count == 0 || movesTown || (!anaphoric && (separate || otherDate || elsewhere && back < 0)))
            {
                frames.Add([s.Index]);
                dates.Add(eventDate);
                regions.Add([]);
                towns.Add([]);
                takesTerritory.Add(territorial);
                current = frames.Count - 1;
                if (pursuit.Length > 0) pursuits[frames[current]] = new TextSpan(doc.Tokens[pursuit.Start].Span.Start, doc.Tokens[pursuit.Start + pursuit.Length - 1].Span.End);
            }
            else
            {
                frames[current].Add(s.Index);
                dates[current] ??= eventDate;
            }
            regions[current].UnionWith(where);
            towns[current].UnionWith(placesOf[s.Index].Where(m => m.Cue != PlaceCue.TakenTo).SelectMany(m => m.Places).Select(p => p.Id));
            foreach (var r in where)
                if (!firstFrameOf.TryGetValue(r, out var f) || current < f) firstFrameOf[r] = current;
            lastSentence = s.Index;
        }
        var story = new Story(doc, lex);
        frames.RemoveAll(f => IsQuiet(story, f, triggersOf, actorsOf, fatalitiesOf));
        return doc with
        {
            Frames = [.. frames.Select((f, i) => pursuits.TryGetValue(f, out var cue)
                ? new EventFrame(i, [.. f]) { OpenedBy = PursuitRule, OpenedAt = cue } : new EventFrame(i, [.. f]))],
        };
    }

    /// <summary>The rule that opens a frame on the state's forces pursuing the suspects of an event told before.</summary>
    public const string PursuitRule = "pursuit-of-suspects";

    /// <summary>Protest words this weak or weaker ("marched", "blockades") may tell the moves of armed men.</summary>
    private const double WeakProtestWeight = 3;

    /// <summary>
    /// Whether a weak protest word tells what armed men did, not a demonstration: "rebels marched into the city",
    /// "blockades by armed groups", "bandits blocked the road". ACLED's demonstrators are civilians: the sentence names a
    /// rebel group or militia, no protesters or rioters and no civilians before the word (those after it are the sources,
    /// "residents said", or the targets).
    /// </summary>
    /// <param name="sentenceActors">The actors of the trigger's sentence.</param>
    private static bool IsArmedMovement(IEnumerable<ActorMention> sentenceActors, TriggerMention t) =>
        t.Entry.SubEventType.EventType == EventType.Protests && t.Entry.Weight <= WeakProtestWeight
        && sentenceActors.Any(a => a.Entries.Count > 0 && a.Entries.All(e => InterCodes.IsNonStateArmed(e.Inter)))
        && !sentenceActors.Any(a => a.Entries.Any(e => e.Inter is Inter.Rioters or Inter.Protesters
            || e.Inter is Inter.Civilians && a.Token < t.Token));

    /// <summary>The first frame that names one of <paramref name="regions"/>, or -1: what a scan of every frame's regions gives, in one lookup a region.</summary>
    private static int FirstFrameNaming(HashSet<string> regions, Dictionary<string, int> firstFrameOf)
    {
        int first = -1;
        foreach (var r in regions)
            if (firstFrameOf.TryGetValue(r, out var f) && (first < 0 || f < first)) first = f;
        return first;
    }

    /// <summary>The country the story's names point to most, when one is named outright; null when none is.</summary>
    private static string? MainCountry(AnnotatedDocument doc) =>
        PlaceResolver.CountryContext(doc).Where(c => c.Value >= 1).OrderByDescending(c => c.Value).Select(c => c.Key).FirstOrDefault();

    /// <summary>
    /// The first-level divisions of <paramref name="country"/> that a sentence's place names point to without doubt: a division's
    /// own name, or a town whose every namesake in the country lies in one division.
    /// </summary>
    private static HashSet<string> Regions(IEnumerable<PlaceMention> sentencePlaces, string? country)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (country is null) return found;
        foreach (var m in sentencePlaces.Where(m => !m.ByTransliteration))
        {
            // A region's name that is also a city's elsewhere in the country ("Washington": the state, the capital) points to neither.
            var keys = m.Admin1s.Where(a => a.CountryCode == country).Select(a => a.Key)
                .Concat(m.Admin1s.Count == 0 ? [] : m.Places.Where(p => p.CountryCode == country && p.Population >= CityPopulation).Select(p => p.CountryCode + "." + p.Admin1Code))
                .Distinct().ToList();
            if (keys.Count == 0) keys = [.. m.Places.Where(p => p.CountryCode == country).Select(p => p.CountryCode + "." + p.Admin1Code).Distinct()];
            if (keys.Count == 1) found.Add(keys[0]);
        }
        return found;
    }

    /// <summary>A place this populous is a city a reader may mean by its name as surely as a region of that name.</summary>
    private const long CityPopulation = 100_000;

    /// <summary>
    /// A story about an accident tells its cause more than once, and sport reports fight, attack and beat all the time: a story
    /// that uses the words of an accident this many times, or those of sport in this many sentences, is about them. One mention
    /// is a detail.
    /// </summary>
    private const int StoryMentions = 2;

    /// <summary>
    /// Whether the story around a frame tells no political event however its words sound. An explosion or killing told only in
    /// generic words ("a massive explosion rocked the port, killing 100") in a story that tells an accident twice ("a fire in
    /// a warehouse of fireworks"), with no armed group, rioters or claim told in the frame, is the accident. Fights, attacks
    /// and beatings in a story about sport ("beat the hosts in the final") are play, unless someone died.
    /// </summary>
    private static bool IsQuiet(Story story, List<int> frame,
        ILookup<int, TriggerMention> triggersOf, ILookup<int, ActorMention> actorsOf, ILookup<int, FatalityMention> fatalitiesOf)
    {
        var standalone = frame.SelectMany(s => triggersOf[s]).Where(t => t.Entry.Requires is null).ToList();
        if (standalone.Count == 0) return false;
        bool harmOnly = standalone.All(t => !t.Entry.SubEventType.IsDemonstration);
        bool generic = standalone.All(t => t.Entry.Weight <= 5);
        bool doers = frame.SelectMany(s => actorsOf[s]).Any(a => a.ClaimedResponsibility || a.Entries.All(e => e.Inter.IsNonStateArmed() || e.Inter == Inter.Rioters));
        if (harmOnly && generic && !doers && story.AccidentMentions >= StoryMentions)
            return true;
        bool dead = frame.SelectMany(s => fatalitiesOf[s]).Any(f => f.High > 0);
        return harmOnly && !dead && story.SportSentences >= StoryMentions;
    }

    /// <summary>
    /// What the whole story tells, the same for each of its frames: read once, on first use, rather than once a frame
    /// (a long text has hundreds of frames).
    /// </summary>
    private sealed class Story(AnnotatedDocument doc, Lexicon lex)
    {
        private int? _accidents, _sport;

        /// <summary>How many cues of an accident the text holds.</summary>
        public int AccidentMentions => _accidents ??= lex.Discourse.FindAll(doc.Tokens, 0, doc.Tokens.Length).Count(m => m.Values.Contains(DiscourseRole.Accident));

        /// <summary>How many sentences tell of sport.</summary>
        public int SportSentences => _sport ??= doc.Sentences.Count(s => Cues.Any(lex.Discourse, doc.Tokens, s.FirstToken, s.EndToken, DiscourseRole.Sport));
    }
}
