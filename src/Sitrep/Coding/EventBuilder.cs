using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Turns each event frame of an annotated document into a <see cref="CodedEvent"/>: the
/// sub-event type with the most trigger weight (a trigger that requires another counts only
/// beside it), the place, the actors, ACLED's type rules between them, the date, the dead,
/// and the evidence span for every field.
/// </summary>
public static class EventBuilder
{
    public static IReadOnlyList<CodedEvent> Build(AnnotatedDocument doc, CodingResources resources, SubEventClassifier? classifier = null)
    {
        var events = new List<CodedEvent>();
        var ctx = PlaceResolver.CountryContext(doc);
        foreach (var frame in doc.Frames)
        {
            var triggers = doc.Triggers.Where(t => frame.Contains(t.Sentence)).ToList();
            var (subType, typeEvidence, weight) = ChooseSubType(triggers);
            // Rioting is a violent demonstration where a demonstration is told, mob violence otherwise (ACLED): "rioters
            // demonstrating against prices" against "rioters set a bank on fire", "prisoners rioted".
            if (subType is "Mob violence" && DemonstrationTold(doc, frame, resources.Lexicon)) subType = "Violent demonstration";
            // A weapon seized, found, defused or shot down before it harmed anyone is disrupted weapons use, whatever
            // weapon it was: "recovered four IEDs planted by militants", "the grenade did not explode".
            if (DisruptedBeforeUse(subType, triggers, doc, frame))
            {
                subType = "Disrupted weapons use";
                // The evidence is the disruption ("defused"), not the weapon it names.
                typeEvidence = [.. triggers.Where(t => t.Entry.SubEventType == subType).Select(t => t.Span).Distinct()];
            }
            if (subType is null) continue;
            // Protesters shot or killed by those who break up their protest: ACLED's excessive force against protesters.
            if (subType is "Peaceful protest" or "Protest with intervention" && HarmToProtesters(doc, triggers) is { } harm)
            {
                subType = harm.ByProtesters ? "Violent demonstration" : "Excessive force against protesters";
                typeEvidence = [harm.Span];
            }
            var place = PlaceResolver.Resolve(doc, frame, resources.Gazetteer, ctx);
            var country = place?.CountryCode ?? doc.Countries.FirstOrDefault()?.Iso2;
            // A trained model, when given and confident, decides the type; it learned ACLED's final coding,
            // so the actor rules below do not second-guess it.
            bool learned = false;
            if (classifier is not null)
            {
                var text = string.Join(" ", frame.Sentences.Select(i => doc.Document.Slice(doc.Sentences[i].Span)));
                var (predicted, probability) = classifier.Predict(text);
                if (probability >= classifier.Threshold && EventTaxonomy.Canonical(predicted) is { } canonical)
                {
                    subType = canonical;
                    learned = true;
                }
            }
            var actors = ActorResolver.Resolve(doc, frame, subType, country, resources.Gazetteer, resources.Lexicon);
            var ruled = learned ? subType : ApplyActorRules(subType, actors, triggers);
            if (ruled != subType)
            {
                // Demonstrations name their actors by ACLED's own rule; re-resolve for the new type.
                subType = ruled;
                actors = ActorResolver.Resolve(doc, frame, subType, country, resources.Gazetteer, resources.Lexicon);
            }

            // A victim told as one of a criminal gang ("had charges against him for drug trafficking") is an armed actor:
            // killed by anyone but the state, ACLED codes a clash with an unidentified gang.
            if (!learned && subType == "Attack" && actors.Inter1 != InterCodes.State && ArmedVictimTold(doc, frame, resources.Lexicon))
            {
                subType = "Armed clash";
                actors = ActorResolver.Resolve(doc, frame, subType, country, resources.Gazetteer, resources.Lexicon);
                if (actors.Inter2 is 0 or InterCodes.Civilians)
                    actors = actors with { Actor2 = ActorResolver.Fill("Unidentified Gang ({country})", country, resources.Gazetteer, resources.Lexicon), Inter2 = InterCodes.PoliticalMilitia };
            }

            var (date, precision, dateSpan) = ChooseDate(doc, frame);
            // A peaceful protest has no dead of its own: a death it names is what it protests ("over the killing of a teacher").
            bool ownDead = subType != "Peaceful protest";
            // Nor has a riot: "torched a bar after a boy's body was discovered", "against the death of an adolescent".
            bool demonstration = EventTaxonomy.EventTypeOf(subType) is EventTaxonomy.Protests or EventTaxonomy.Riots;
            var deaths = ownDead ? doc.Fatalities.Where(f => frame.Contains(f.Sentence) && f.SplitInto == 0 && !(demonstration && IsCause(doc, resources.Lexicon, f))).ToList() : [];
            var totals = deaths.Where(f => f.IsTotal).ToList();
            // "Fatalities coded as 0" closes an ACLED note about one event, even when the note told a second
            // attack in between: it is the first event's total.
            if (totals.Count == 0 && events.Count == 0 && ownDead && doc.Fatalities.FirstOrDefault(f => f.IsCoded) is { } coded)
                totals = [coded];
            var counted = totals.Count > 0 ? totals : deaths;
            // Within a sentence groups add up ("12 militants were killed and 3 soldiers killed"); across the
            // sentences of one report the same dead are told again, so the largest sentence total stands.
            // Dead told as more ("7 militants were also killed") add to the rest wherever they are told.
            var perSentence = counted.Where(f => !f.Additional).GroupBy(f => f.Sentence).Select(g => (Low: g.Sum(f => f.Low), High: g.Sum(f => f.High))).ToList();
            var (moreLow, moreHigh) = totals.Count > 0 ? (0, 0) : (counted.Where(f => f.Additional).Sum(f => f.Low), counted.Where(f => f.Additional).Sum(f => f.High));
            int fatalities = totals.Count > 0 ? totals.Min(t => t.Low) : (perSentence.Count > 0 ? perSentence.Max(p => p.Low) : 0) + moreLow;
            int high = Math.Max(fatalities, (perSentence.Count > 0 ? perSentence.Max(p => p.High) : 0) + moreHigh);
            if (doc.Fatalities.FirstOrDefault(f => f.SplitInto > 0 && frame.Contains(f.Sentence)) is { } split)
                (fatalities, high) = ((fatalities + split.SplitInto - 1) / split.SplitInto, (high + split.SplitInto - 1) / split.SplitInto);

            var gaz = resources.Gazetteer;
            var countryRecord = place is null ? null : gaz.Country(place.CountryCode);
            var evidence = ImmutableArray.CreateBuilder<Evidence>();
            Evidence E(string field, TextSpan span) => new(field, span.Start, span.End, doc.Document.Slice(span));
            foreach (var span in typeEvidence) evidence.Add(E("sub_event_type", span));
            if (actors.Actor1Evidence is TextSpan a1) evidence.Add(E("actor1", a1));
            if (actors.Actor2Evidence is TextSpan a2) evidence.Add(E("actor2", a2));
            if (place?.Evidence is TextSpan ps) evidence.Add(E("location", ps));
            if (dateSpan is TextSpan ds) evidence.Add(E("event_date", ds));
            foreach (var f in counted) evidence.Add(E("fatalities", f.Span));

            var first = doc.Sentences[frame.First];
            var notes = doc.Document.Slice(first.Span);
            if (notes.Length > 400) notes = notes[..400] + "...";
            double confidence = Math.Min(0.95, 0.35 + Math.Min(0.3, weight / 30.0)
                + (place is { GeoPrecision: < 3 } ? 0.1 : 0) + (actors.Actor1Evidence is not null ? 0.1 : 0) + (date is not null && precision == 1 ? 0.05 : 0));

            events.Add(new CodedEvent
            {
                EventId = $"{doc.Document.Id}-{events.Count + 1}",
                DocId = doc.Document.Id,
                EventDate = date,
                TimePrecision = precision,
                DisorderType = EventTaxonomy.DisorderTypeOf(subType),
                EventType = EventTaxonomy.EventTypeOf(subType),
                SubEventType = subType,
                Actor1 = actors.Actor1,
                AssocActor1 = actors.AssocActor1,
                Inter1 = actors.Inter1,
                Actor2 = actors.Actor2,
                AssocActor2 = actors.AssocActor2,
                Inter2 = actors.Inter2,
                Interaction = InterCodes.Interaction(actors.Inter1, actors.Inter2),
                CivilianTargeting = actors.Inter2 == InterCodes.Civilians ? "Civilian targeting" : "",
                Iso = countryRecord?.IsoNumeric,
                Iso3 = countryRecord?.Iso3 ?? "",
                Region = countryRecord?.Region ?? "",
                Country = countryRecord?.Name ?? "",
                Admin1 = place?.Admin1 ?? "",
                Admin2 = place?.Admin2 ?? "",
                Location = place?.Location ?? "",
                Latitude = place?.Latitude is double lat ? Math.Round(lat, 4) : null,
                Longitude = place?.Longitude is double lon ? Math.Round(lon, 4) : null,
                GeoPrecision = place?.GeoPrecision ?? 3,
                Source = doc.Document.Source ?? "",
                Notes = notes,
                Fatalities = fatalities,
                FatalitiesLow = fatalities,
                FatalitiesHigh = high,
                Confidence = Math.Round(confidence, 2),
                Evidence = evidence.ToImmutable(),
                Sources = [new SourceRef(doc.Document.Id, doc.Document.Source, doc.Document.Url, doc.Document.Published)],
            });
        }
        return events;
    }

    /// <summary>
    /// Strategic developments that ACLED codes only when nothing violent happened: movements of forces, agreements,
    /// bases set up, territory handed over, and other developments. Arrests, looting and disrupted weapons use are
    /// events of their own, weighed against the violence told with them.
    /// </summary>
    private static bool IsContextOnly(string subType) =>
        EventTaxonomy.EventTypeOf(subType) == EventTaxonomy.StrategicDevelopments
        && subType is not ("Arrests" or "Looting/property destruction" or "Disrupted weapons use");

    /// <summary>
    /// Whether the frame tells a demonstration: a protest word, even one that only names the cause ("likely related to
    /// recent demonstrations"), a form only demonstrations take ("burned tires"), or a demand ("calling for their release").
    /// </summary>
    private static bool DemonstrationTold(AnnotatedDocument doc, EventFrame frame, Lexicon lex) =>
        frame.Sentences.Select(i => doc.Sentences[i]).Where(s => !s.IsBackground).Any(s =>
            lex.Triggers.FindAll(doc.Tokens, s.FirstToken, s.EndToken)
                .Any(m => m.Values.Any(e => e.Requires is null && (EventTaxonomy.EventTypeOf(e.SubEventType) == EventTaxonomy.Protests || e.SubEventType == "Violent demonstration")))
            || Cues.Any(lex.Discourse, doc.Tokens, s.FirstToken, s.EndToken, DiscourseRole.Demand));

    /// <summary>
    /// Whether an explosion or remote weapon the frame names was disrupted rather than used: a disruption word
    /// ("defused", "recovered", "intercepted") is told, and no one died and nothing is told to have gone off.
    /// </summary>
    private static bool DisruptedBeforeUse(string? subType, List<TriggerMention> triggers, AnnotatedDocument doc, EventFrame frame) =>
        subType is not null && subType != "Disrupted weapons use"
        && EventTaxonomy.EventTypeOf(subType) == EventTaxonomy.Explosions
        && triggers.Any(t => t.Entry.SubEventType == "Disrupted weapons use" && t.Entry.Requires is null)
        && !triggers.Any(t => t.Entry.SubEventType != "Disrupted weapons use" && t.Entry.Phrase.Split(' ').Any(TellsUse))
        && !doc.Fatalities.Any(f => frame.Contains(f.Sentence) && f.High > 0);

    /// <summary>
    /// Whether a word of a trigger phrase tells a weapon went off or struck ("exploded", "blast", "fired", "went off"), or
    /// names one that is fired rather than planted ("artillery"); "firearms" tells neither.
    /// </summary>
    private static bool TellsUse(string word) =>
        word is "fire" or "fired" or "firing" or "went" or "hit"
        || UseStems.Any(stem => word.StartsWith(stem, StringComparison.Ordinal));

    private static readonly string[] UseStems = ["explod", "explosion", "blast", "detonat", "struck", "strike", "shell", "launch", "artillery", "mortar"];

    /// <summary>
    /// Whether the frame, or the sentences after it that tell no other event ("He had charges against him for
    /// theft."), tell the victim as one of a criminal gang (discourse role armed-victim).
    /// </summary>
    private static bool ArmedVictimTold(AnnotatedDocument doc, EventFrame frame, Lexicon lex)
    {
        int next = doc.Frames.Where(f => f.First > frame.First).Select(f => f.First).DefaultIfEmpty(doc.Sentences.Length).Min();
        return doc.Sentences.Skip(frame.First).Take(next - frame.First)
            .Any(s => Cues.Any(lex.Discourse, doc.Tokens, s.FirstToken, s.EndToken, DiscourseRole.ArmedVictim));
    }

    /// <summary>Whether a sub-event type tells territory changing hands through fighting.</summary>
    private static bool IsTerritorial(string subType) => subType is "Government regains territory" or "Non-state actor overtakes territory";

    /// <summary>The harms ACLED codes before the arrests or looting told with them, gravest first.</summary>
    private static readonly string[] HarmPrecedence = ["Sexual violence", "Attack", "Abduction/forced disappearance"];

    /// <summary>The sub-event type with the most trigger weight; a trigger with a requirement counts only when another trigger meets it.</summary>
    internal static (string? SubType, List<TextSpan> Evidence, double Weight) ChooseSubType(List<TriggerMention> triggers)
    {
        var signalled = triggers.Where(t => t.Entry.Requires is null)
            .SelectMany(t => new[] { t.Entry.SubEventType, EventTaxonomy.EventTypeOf(t.Entry.SubEventType) })
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var counted = triggers.Where(t => t.Entry.Requires is null || signalled.Contains(t.Entry.Requires)).ToList();
        if (counted.Count == 0) return (null, [], 0);
        var ranked = counted.GroupBy(t => t.Entry.SubEventType)
            // The strongest signal decides, repeats add a little: one "suicide bombing" outweighs three
            // mentions of the car bomb it was, as ACLED's precedence of suicide bombs asks.
            .Select(g => (SubType: g.Key, Weight: g.Max(t => t.Entry.Weight) + 0.25 * (g.Sum(t => t.Entry.Weight) - g.Max(t => t.Entry.Weight)), First: g.Min(t => t.Span.Start)))
            .OrderByDescending(g => g.Weight).ThenBy(g => g.First).ToList();
        // A strategic development is coded only where no violence or demonstration is told: soldiers killed in an
        // ambush "when they arrived as reinforcement" were attacked; the reinforcement is context.
        var best = ranked.FirstOrDefault(g => !IsContextOnly(g.SubType), ranked[0]);
        var chosen = best.SubType;
        // ACLED codes the gravest act of an event: harm done to people outranks the arrests or looting
        // told with it ("arrested and beat", "looted the village and killed two").
        if (chosen is "Arrests" or "Looting/property destruction")
            chosen = HarmPrecedence.FirstOrDefault(h => counted.Any(t => t.Entry.SubEventType == h)) ?? chosen;
        // Fighting in which a side takes a place is coded by that outcome, as ACLED's territorial sub-event types ask
        // ("took control of the stronghold after clashes with the militiamen"); who took it decides which type.
        if (chosen is "Armed clash" && counted.Where(t => IsTerritorial(t.Entry.SubEventType)).MaxBy(t => t.Entry.Weight) is { } taken)
            chosen = taken.Entry.SubEventType;
        // Someone abducted and then killed was attacked: ACLED codes the killing ("kidnapped and shot dead").
        if (chosen is "Abduction/forced disappearance" && counted.Any(t => t.Entry.SubEventType == "Attack" && !t.IsAnaphoric
            && KillingWords.Any(w => t.Entry.Phrase.Contains(w, StringComparison.Ordinal))))
            chosen = "Attack";
        // Demonstrators who turn violent or riot (a strong word for rioting, not "with sticks", which may be the police's)
        // make a violent demonstration, whatever the police then did.
        if (chosen is "Peaceful protest" or "Protest with intervention" && counted.Any(t => t.Entry.SubEventType is "Violent demonstration" || t.Entry.SubEventType is "Mob violence" && t.Entry.Weight >= 8))
            chosen = "Violent demonstration";
        var spans = counted.Where(t => t.Entry.SubEventType == chosen).Select(t => t.Span).Distinct().ToList();
        return (chosen, spans, best.Weight);
    }

    /// <summary>Whether a cause cue ("after the", "against the", "over the") ends right before the count of dead.</summary>
    private static bool IsCause(AnnotatedDocument doc, Lexicon lex, FatalityMention f)
    {
        var s = doc.Sentences[f.Sentence];
        int at = s.FirstToken;
        while (at < s.EndToken && doc.Tokens[at].Span.Start < f.Span.Start) at++;
        return Cues.Any(lex.Discourse, doc.Tokens, Math.Max(s.FirstToken, at - 3), at, DiscourseRole.Cause);
    }

    /// <summary>Parts of trigger phrases that tell a killing, not a wounding nor gunfire alone.</summary>
    private static readonly string[] KillingWords = ["kill", "shot dead", "dead", "murder", "beheaded", "executed"];

    /// <summary>Parts of trigger phrases that tell lethal force or gunfire ("shot dead", "opened fire", "killed").</summary>
    private static readonly string[] LethalWords = ["kill", "shot", "shoot", "fire", "dead", "murder", "wound", "injur"];

    /// <summary>
    /// A killing or shooting word told of protesters, as its object ("shot dead two protesters", "opened fire on
    /// demonstrators") or its passive subject ("protesters were killed"), in the frame; or told of them as its doer
    /// ("protesters killed a policeman": <c>ByProtesters</c>); null when there is none.
    /// </summary>
    private static (TextSpan Span, bool ByProtesters)? HarmToProtesters(AnnotatedDocument doc, List<TriggerMention> triggers)
    {
        var tokens = doc.Tokens;
        // Lethal force or gunfire, told as an act: not a beating (an intervention), nor "the killing of" or "the shot demonstrator".
        foreach (var t in triggers.Where(t => t.Entry.Requires is null && t.Entry.SubEventType is "Attack" && !t.IsAnaphoric
            && LethalWords.Any(w => t.Entry.Phrase.Contains(w, StringComparison.Ordinal))
            && !(t.Token > 0 && tokens[t.Token - 1].Folded is "the" or "a" or "an")))
        {
            int end = t.Token;
            while (end < tokens.Length && tokens[end].Span.End <= t.Span.End) end++;
            foreach (var a in doc.Actors.Where(a => a.Sentence == t.Sentence && a.Entries.Any(e => e.Inter == InterCodes.Protesters)))
            {
                bool objectOf = a.Token >= end && a.Token - end <= 3;
                bool passiveSubject = a.EndToken <= t.Token && t.Token - a.EndToken <= 2
                    && Enumerable.Range(a.EndToken, t.Token - a.EndToken).Any(k => tokens[k].Folded is "were" or "was" or "being");
                if (objectOf || passiveSubject) return (t.Span, false);
                bool doer = a.EndToken <= t.Token && t.Token - a.EndToken <= 1 && a.Token == doc.Sentences[a.Sentence].FirstToken;
                if (doer) return (t.Span, true);
            }
        }
        return null;
    }

    /// <summary>
    /// ACLED's rules between type and actors: violence against civilians needs civilian targets, so an
    /// attack on an armed actor is an armed clash; violence done by a crowd rather than an organised
    /// group is a riot; an arrest by a non-state group is an abduction. A clash the text calls one stays a
    /// clash, whoever died in it.
    /// </summary>
    internal static string ApplyActorRules(string subType, ResolvedActors actors, List<TriggerMention> triggers)
    {
        bool armed2 = InterCodes.IsArmed(actors.Inter2);
        // Violence by a crowd rather than an organised armed group is a riot: at a demonstration a
        // violent demonstration, otherwise mob violence.
        // A fight fought with guns has armed sides, whoever they are.
        bool firearms = triggers.Any(t => t.Entry.Firearms);
        bool guns = EventTaxonomy.EventTypeOf(subType) == EventTaxonomy.Battles && firearms;
        if ((actors.Inter1 == InterCodes.Rioters || (actors.CrowdActs || actors.UnorganisedFight) && !guns) && EventTaxonomy.EventTypeOf(subType) is EventTaxonomy.Battles or EventTaxonomy.ViolenceAgainstCivilians)
            return triggers.Any(t => EventTaxonomy.EventTypeOf(t.Entry.SubEventType) == EventTaxonomy.Protests) ? "Violent demonstration" : "Mob violence";
        // Seizing or killing an armed actor is a battle: ACLED's violence against civilians needs civilian victims.
        if (subType is "Attack" or "Abduction/forced disappearance" && armed2 && actors.Inter1 != 7) return "Armed clash";
        // Shots told one way ("gunmen killed two civilians using small arms fire") at civilians alone are an attack.
        // With no target named, the same holds unless guns were fired, which ACLED codes as a clash
        // ("fired small arms at the positions"): "assaulted a journalist", "stormed the office".
        if (subType is "Armed clash" && (actors.Inter2 == 7 || actors.Inter2 == 0 && !firearms) && triggers.Where(t => t.Entry.SubEventType == "Armed clash").All(t => t.Entry.OneSided))
            return "Attack";
        // Territory taken by the state's forces (or groups fighting beside them) is regained; taken by anyone else, overtaken.
        // Whoever took it, the words ("recaptured", "took control") say only that it changed hands.
        if (IsTerritorial(subType) && actors.Inter1 != 0)
            return actors.Inter1 == 1 || actors.AssocActor1.Contains("Military Forces of", StringComparison.Ordinal)
                ? "Government regains territory" : "Non-state actor overtakes territory";
        // Only the state arrests; people seized by an armed group are abducted.
        // A rebel government's own forces (Military Forces of Yemen (2016-) Supreme Political Council) still arrest.
        if (subType is "Arrests" && actors.Inter1 is 2 or 3 or 4
            && !actors.Actor1.StartsWith("Military Forces of", StringComparison.Ordinal) && !actors.Actor1.StartsWith("Police Forces of", StringComparison.Ordinal))
            return "Abduction/forced disappearance";
        return subType;
    }

    private static (DateOnly? Date, int Precision, TextSpan? Span) ChooseDate(AnnotatedDocument doc, EventFrame frame)
    {
        var dates = doc.Dates.Where(d => frame.Contains(d.Sentence)).ToList();
        var chosen = dates.FirstOrDefault(d => d.TellsWhen) ?? dates.FirstOrDefault();
        if (chosen is not null) return (chosen.Date, chosen.Precision, chosen.Span);
        // No date in the event's sentences: a date earlier in the document, else the report's own day,
        // known only to within a few days.
        var earlier = doc.Dates.LastOrDefault(d => d.Sentence < frame.First && d.TellsWhen);
        if (earlier is not null) return (earlier.Date, earlier.Precision, earlier.Span);
        if (doc.Document.Published is DateOnly p) return (p, 2, null);
        return (null, 3, null);
    }
}
