using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Gazetteer;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Decides actor1 (who acts) and actor2 (who is acted on) for an event. Each actor mention in
/// the event's sentences scores as a doer or a target from where it stands: the subject before
/// an active trigger, "by X", and "X claimed responsibility" make a doer; the object after a
/// trigger, or the subject of a passive or of a casualty word ("two soldiers ... died"), a
/// target. Scores add up per actor name. Demonstrations follow ACLED's rule: actor1 is
/// "Protesters (country)" or "Rioters (country)", actor2 the force that intervened, if any.
/// </summary>
public static class ActorResolver
{
    /// <summary>An actor's scores as doer and target, summed over its mentions.</summary>
    /// <param name="Name">Its ACLED name.</param>
    /// <param name="Inter">Its ACLED inter code.</param>
    /// <param name="Agent">How strongly its mentions tell it acting.</param>
    /// <param name="Patient">How strongly its mentions tell it acted on.</param>
    /// <param name="Span">Its most telling mention.</param>
    /// <param name="Order">The order of its first mention among the frame's actors.</param>
    /// <param name="SpanWeight">How much <paramref name="Span"/> says of its role.</param>
    /// <param name="Individuals">Every mention is a word for single people ("a man", "three men"), not a crowd.</param>
    /// <param name="Side">A mention stands as a side of a two-sided clash in its sentence, not as one of its dead.</param>
    /// <param name="CrowdActed">One of its mentions is a crowd that acts ("a group of villagers beat a man to death"), even when the same name also covers the victims.</param>
    /// <param name="NameRule">The rule that built its name from the codebook rather than the dictionary's row (<see cref="UnitRule"/>), or empty.</param>
    public sealed record Scored(string Name, Inter Inter, double Agent, double Patient, TextSpan Span, int Order, double SpanWeight = 0, bool Individuals = false, bool Side = false, bool CrowdActed = false, string NameRule = "");

    /// <summary>The rule that names a unit of a state's forces after its force, or as the force alone where ACLED folds it in.</summary>
    public const string UnitRule = "state-force-unit";

    /// <summary>The rule that names an identity militia by its kind's name and its group (data/acled/actor-names.tsv).</summary>
    public const string MilitiaRule = "identity-militia";

    /// <summary>The rule that takes a militia of a group the gazetteer knows as a place of the event's country for a communal one.</summary>
    public const string CommunityByPlaceRule = "community-named-by-place";

    public static ResolvedActors Resolve(AnnotatedDocument doc, EventFrame frame, SubEventType subEventType, string? country, GazetteerIndex gaz, Lexicon lex)
    {
        var scored = Score(doc, frame, country, gaz, lex, subEventType.EventType);
        var eventType = subEventType.EventType;
        string Generic(string pattern) => Fill(pattern, country, gaz, lex);

        if (eventType.IsDemonstration)
        {
            bool riot = eventType == EventType.Riots;
            var crowd = scored.FirstOrDefault(s => s.Inter == (riot ? Inter.Rioters : Inter.Protesters));
            var a1 = Generic(lex.Codebook[riot ? ActorKind.Rioters : ActorKind.Protesters].Template);
            var force = subEventType == SubEventType.ProtestWithIntervention || subEventType == SubEventType.ExcessiveForce || subEventType == SubEventType.ViolentDemonstration
                ? scored.Where(s => s.Inter == Inter.State).OrderBy(s => s.Order).FirstOrDefault() : null;
            bool mob = subEventType == SubEventType.MobViolence;
            // A mob that fights the police or troops has them as its other side; one that beats people, its victims;
            // two crowds that clash ("two groups clashed over a land dispute") are rioters on both sides.
            // Whichever of them the text names first ("attacked health workers and police").
            bool crowdsClash = mob && scored.Any(s => s.Inter is Inter.Rioters or Inter.Civilians && s.Side);
            var victim = mob ? scored.Where(s => s.Inter is Inter.State or Inter.External ? s.Patient > 0 || s.Side : s.Inter == Inter.Civilians && s.Patient > 0 && !crowdsClash)
                .OrderBy(s => s.Order).FirstOrDefault() : null;
            var a2 = victim ?? force ?? (crowdsClash ? new Scored(a1, Inter.Rioters, 0, 0, crowd?.Span ?? default, 0) : null);
            if (subEventType == SubEventType.ExcessiveForce && force is not null)
                return new ResolvedActors(force.Name, force.Inter, "", a1, riot ? Inter.Rioters : Inter.Protesters, "", force.Span, crowd?.Span)
                    { Actor1Rule = "force-against-protesters", Actor2Rule = "demonstrators-by-country", Actor1NameRule = force.NameRule };
            // ACLED's codebook counts protesters targeted by a rebel group or a militia as excessive force too: where no state
            // force is named, the armed group the text tells firing on them ("gunmen opened fire on the marchers") is the doer.
            if (subEventType == SubEventType.ExcessiveForce && ArmedDoer(doc, frame, country, gaz, lex) is { } armed)
                return new ResolvedActors(armed.Name, armed.Inter, "", a1, riot ? Inter.Rioters : Inter.Protesters, "", armed.Span, crowd?.Span)
                    { Actor1Rule = "armed-group-against-protesters", Actor2Rule = "demonstrators-by-country", Actor1NameRule = armed.NameRule };
            var demoRule2 = victim is not null ? "mob-victim" : force is not null ? "intervening-force" : a2 is not null ? "crowds-on-both-sides" : "";
            return new ResolvedActors(a1, riot ? Inter.Rioters : Inter.Protesters, "", a2?.Name ?? "", a2?.Inter ?? Inter.None, "", crowd?.Span, a2?.Span)
                { Actor1Rule = "demonstrators-by-country", Actor2Rule = demoRule2, Actor2NameRule = a2?.NameRule ?? "" };
        }

        // A rebel group or militia named in the event makes it organised violence, whoever else took part.
        bool armedGroupNamed = scored.Any(s => InterCodes.IsNonStateArmed(s.Inter));
        var agents = scored.Where(s => s.Agent > 0 && s.Inter is not Inter.Protesters).OrderByDescending(s => s.Agent - 0.5 * s.Patient).ThenBy(s => s.Order).ToList();
        var actor1 = agents.FirstOrDefault(a => a.Agent >= a.Patient) ?? agents.FirstOrDefault();
        string rule1 = "strongest-doer";
        // A crowd that acts (a mob, residents, villagers) riots; "a man", "four men" who kill are an armed group.
        // Not when a rebel or militia fights in the same event: the crowd is then caught in it ("civilians displaced during a battle").
        bool crowdActs = actor1 is { Inter: Inter.Rioters or Inter.Civilians } && (actor1.Agent > actor1.Patient && !actor1.Individuals || actor1.CrowdActed)
            && !armedGroupNamed;
        // Civilians are acted on, they do not act in political violence.
        if (actor1 is { Inter: Inter.Civilians } && eventType != EventType.StrategicDevelopments) (actor1, rule1) = (agents.FirstOrDefault(a => a.Inter != Inter.Civilians), "civilians-do-not-act");
        // In a battle the other side is armed: an armed target comes before the civilians caught in it.
        bool battle = eventType == EventType.Battles;
        // "Russian airstrikes", "Turkish drones struck": a demonym right before the weapon names whose forces used it.
        if (actor1 is null && WeaponOwner(doc, frame) is { } owner)
        {
            var (ownerName, ownerInter) = (Fill(lex.Codebook[ActorKind.Military].Template, owner.Iso2, gaz, lex), owner.Iso2 == country ? Inter.State : Inter.External);
            actor1 = scored.FirstOrDefault(s => s.Name == ownerName) ?? new Scored(ownerName, ownerInter, 2, 0, owner.Span, -1);
            rule1 = "weapon-owner-demonym";
        }
        // A clash told only through its dead ("six fighters died during clashes with the army") has its
        // named armed sides, not an unknown group: the side that is not told as the dead first, then a non-state side.
        if (battle && actor1 is null)
            (actor1, rule1) = (scored.Where(s => InterCodes.IsArmed(s.Inter)).OrderBy(s => s.Side ? 0 : 1).ThenBy(s => InterCodes.IsNonStateArmed(s.Inter) ? 0 : 1).ThenBy(s => s.Order).FirstOrDefault(), "side-told-by-the-dead");
        // Told only through one side's dead ("nine people died, among them four soldiers of the garrison"), the clash
        // names no side that fought them: the rebel group or militia the headline names ("Rebels claim the border town")
        // is the story's doer, and so that other side; the dead are its target.
        if (battle && rule1 == "side-told-by-the-dead" && actor1 is null or { Side: false, Agent: 0 } && HeadlineArmedGroup(doc, country, gaz, lex, scored) is { } told)
            (actor1, rule1) = (told, "armed-group-of-the-headline");
        string? fallback1 = actor1 is null ? FallbackActor1(lex, subEventType, country, Generic).Name : null;
        var patients = scored.Where(s => s.Patient > 0 && s.Name != actor1?.Name && s.Name != fallback1 && !s.Inter.IsCrowd())
            .OrderByDescending(s => battle && InterCodes.IsArmed(s.Inter) ? 1 : 0).ThenByDescending(s => s.Patient).ThenBy(s => s.Order).ToList();
        // "forces of India and Pakistan exchanged fire": both sides of a clash are its doers, the second the other side.
        var actor2 = patients.FirstOrDefault()
            ?? (battle ? agents.FirstOrDefault(a => a.Side && a.Name != actor1?.Name && a.Name != fallback1 && InterCodes.IsArmed(a.Inter) && !SameForce(a, actor1)) : null);
        // Two states' forces firing at each other across a border: ACLED lists the forces of the country the event is in first.
        string rule2 = patients.Count > 0 ? "strongest-target" : actor2 is not null ? "other-side-of-clash" : "";
        if (battle && actor1 is { Inter: Inter.External, Side: true } && actor2 is { Inter: Inter.State, Side: true }) (actor1, actor2, rule1, rule2) = (actor2, actor1, "own-state-forces-first", "own-state-forces-first");

        // An agreement no named group is told to make is signed by the countries the text names with it: their
        // governments are its parties, the first named first ("Rwanda and Congo signed a peace deal").
        if (actor1 is null && actor2 is null && subEventType == SubEventType.Agreement && Signatories(doc, frame) is [var first, var second, ..])
        {
            var government = lex.Codebook[ActorKind.Government];
            return new ResolvedActors(Fill(government.Template, first.Iso2, gaz, lex), government.Inter, "", Fill(government.Template, second.Iso2, gaz, lex), government.Inter, "", first.Span, second.Span)
                { Actor1Rule = "signatory-governments", Actor2Rule = "signatory-governments" };
        }
        var (name1, inter1) = actor1 is not null ? (actor1.Name, actor1.Inter) : FallbackActor1(lex, subEventType, country, Generic);
        if (actor1 is null) rule1 = "unnamed-actor";

        // Another doer on the same side, "alongside Malian commandos": ACLED's associated actor.
        var assoc1 = agents.Where(a => a.Name != name1 && a.Name != actor2?.Name && a.Agent >= 2 && a.Patient == 0 && SameSide(a.Inter, inter1))
            .Select(a => a.Name).Take(2);
        // A fight with no organised non-state group in it, where a crowd or civilians act or stand as a side.
        bool unorganised = battle && !armedGroupNamed
            && scored.Any(s => s.Inter is Inter.Rioters or Inter.Civilians && (s.Side || s.Agent > s.Patient) && !s.Individuals);
        // Violence against civilians has civilian victims by definition: where the text names none ("a man was found
        // dead", "the house of a union leader was shot at"), ACLED codes the country's civilians.
        // So are the people arrested where the text names them by name or not at all ("investigators detained the former
        // president"): ACLED codes them as the country's civilians.
        var (name2, inter2) = actor2 is not null ? (actor2.Name, actor2.Inter)
            : eventType == EventType.ViolenceAgainstCivilians || subEventType == SubEventType.Arrests ? (Generic(lex.Codebook[ActorKind.Civilians].Template), Inter.Civilians) : ("", Inter.None);
        if (actor2 is null && inter2 == Inter.Civilians) rule2 = eventType == EventType.ViolenceAgainstCivilians ? "civilian-victims-by-definition" : "civilians-arrested";
        // A battle is fought between two armed sides by ACLED's definition: where the text names one ("rebels seized the
        // town"), other-side.tsv gives the other by the kind of the one named (a rebel group fights the state).
        var (evidence2, byConvention) = (actor2?.Span, false);
        if (battle && actor2 is null && lex.Codebook.OtherSideOf(inter1) is { } other && (other.Kind is null || country is not null))
        {
            (name2, inter2) = other.Kind is { } kind ? (Generic(lex.Codebook[kind].Template), lex.Codebook[kind].Inter) : FallbackActor1(lex, subEventType, country, Generic);
            (rule2, evidence2, byConvention) = (other.Rule, actor1?.Span, true);
        }
        // A rebel group takes a place from its country's state: a foreign force the event tells it fighting or killing there
        // ("captured the city; peacekeepers from abroad among the dead") held it beside the state's forces, which other-side.tsv
        // names as the rebels' other side and ACLED as the side that lost the place; the foreign force is associated with them.
        string assoc2 = "";
        if (subEventType == SubEventType.NonStateActorOvertakesTerritory && inter1 == Inter.Rebel && inter2 == Inter.External && country is not null
            && lex.Codebook.OtherSideOf(inter1) is { Kind: { } stateKind } && lex.Codebook[stateKind].Inter == Inter.State)
        {
            assoc2 = name2;
            (name2, inter2, rule2) = (Generic(lex.Codebook[stateKind].Template), Inter.State, "territory-taken-from-the-state");
        }
        return new ResolvedActors(name1, inter1, string.Join(ResolvedActors.AssocSeparator, assoc1), name2, inter2, assoc2, actor1?.Span, evidence2)
        {
            CrowdActs = crowdActs,
            UnorganisedFight = unorganised,
            Actor2ByConvention = byConvention,
            Actor1Rule = rule1,
            Actor2Rule = rule2,
            Actor1NameRule = actor1?.NameRule ?? "",
            Actor2NameRule = actor2?.NameRule ?? "",
        };
    }

    /// <summary>
    /// Each actor of the frame with its scores. In an event of political violence (<paramref name="eventType"/>), a
    /// strategic development that acts on no one ("des renforts ont été envoyés dans la zone", a base set up)
    /// tells what a side did after it, and gives no one a role in it; which acts do is taxonomy.tsv's roles column
    /// (<see cref="SubEventType.GivesRoles"/>: arrests, looting, weapons seized or an agreement's end still tell who faced whom).
    /// </summary>
    public static List<Scored> Score(AnnotatedDocument doc, EventFrame frame, string? country, GazetteerIndex gaz, Lexicon lex, EventType? eventType = null)
    {
        bool violent = eventType == EventType.Battles || eventType == EventType.Explosions || eventType == EventType.ViolenceAgainstCivilians;
        bool AfterTheAct(TriggerMention t) => violent && !t.Entry.SubEventType.GivesRoles;
        var tokens = doc.Tokens;
        var byName = new Dictionary<string, Scored>(StringComparer.Ordinal);
        int order = 0;
        var index = MentionIndex.Of(doc);
        foreach (var ai in index.ActorsIn(frame.Sentences))
        {
            var m = doc.Actors[ai];
            var (name, inter, nameRule) = Name(m, country, gaz, lex);
            if (name.Length == 0) continue;
            var sentence = doc.Sentences[m.Sentence];
            // "the Front — a splinter group of former soldiers — attacked": whom an aside names describes the name before it.
            var asides = Asides.Of(lex.Words, tokens, sentence);
            if (Asides.Inside(asides, m.Token, m.EndToken)) continue;
            // "police said", "according to police": the actor is the source of the report, not in the event.
            if (IsSource(lex.Words, tokens, sentence, m)) continue;
            // Security personnel off duty are civilians by ACLED's rule: "an off-duty policeman", "a soldier (assumed off-duty)".
            if (inter == Inter.State && OffDuty(lex, tokens, sentence, m)) (name, inter, nameRule) = (Fill(lex.Codebook[ActorKind.Civilians].Template, country, gaz, lex), Inter.Civilians, "");
            double agent = 0, patient = 0;
            var triggers = index.TriggersIn([m.Sentence]).Select(i => doc.Triggers[i]).Where(t => t.Entry.Requires is null && !AfterTheAct(t)).ToList();
            bool victim = index.FatalitiesIn([m.Sentence]).Any(i => doc.Fatalities[i].Span.Contains(m.Span))
                || CasualtyFollows(lex, tokens, m.EndToken, sentence.EndToken, triggers)
                || AmongCasualties(lex, tokens, sentence.FirstToken, m.Token);
            // Everyone a two-sided clash names, except its dead, fought in it: "police clashed with shopkeepers".
            bool side = !victim && triggers.Any(t => t.Entry.SubEventType == SubEventType.ArmedClash && !t.Entry.OneSided);
            if (m.ClaimedResponsibility) agent += 10;
            else if (AgentCueBefore(lex, tokens, sentence.FirstToken, m.Token))
                // "retook the town, which had been held by insurgents": the agent of a verb in another
                // clause did something else, told as background to this event.
                agent += AgentOfOtherClause(lex.Words, tokens, triggers, sentence.FirstToken, m.Token) ? 0.5 : 4;
            // "une embuscade de rebelles", "l'attaque d'hommes armés": an act's noun, a bare link, then the doer.
            else if (m.Token - 2 >= sentence.FirstToken && lex.Words.Has(WordClass.NounAgentLink, tokens[m.Token - 1].Folded)
                && triggers.Any(t => t.Entry.IsNoun && t.Span.End == tokens[m.Token - 2].Span.End)) agent += 4;
            // "Israeli warplanes", "GNA air force": a weapon the mention names is the actor's own.
            else if (triggers.Any(t => t.Token >= m.Token && t.Token < m.EndToken)) agent += 2;
            else if (victim) patient += 2;
            // "une attaque ... contre le poste de police": the one an act is against is acted on, whatever verb follows.
            else if (TargetCueBefore(lex, tokens, sentence.FirstToken, m.Token) && triggers.Any(t => t.Token < m.Token)) patient += 2;
            else if (triggers.Count > 0)
            {
                // "... civilians using small arms fire": a weapon after "using" or "with" is the instrument, not a verb the actor did;
                // "killed 14 villagers in an attack", "during an incursion": an event noun in an adjunct is no verb either.
                var words = lex.Words;
                var next = triggers.FirstOrDefault(t => t.Token >= m.EndToken && !(t.Token > 0 && words.Has(WordClass.InstrumentPreposition, tokens[t.Token - 1].Folded))
                    && !(t.Token > 1 && words.Has(WordClass.Article, tokens[t.Token - 1].Folded) && words.Has(WordClass.AdjunctPreposition, tokens[t.Token - 2].Folded))
                    && !Asides.Inside(asides, t.Token, t.Token + 1));
                var prev = triggers.LastOrDefault(t => t.Token < m.Token);
                // An aside between the name and its verb parts them no more than its absence would.
                if (next is not null && (prev is null || Asides.Gap(asides, m.EndToken, next.Token) <= m.Token - prev.Token + 3))
                {
                    bool passive = Cues.EndsAt(lex.Discourse, tokens, sentence.FirstToken, next.Token, DiscourseRole.Passive);
                    if (passive) patient += 2; else agent += 2;
                }
                else if (prev is not null) patient += 2;
            }
            bool weak = inter == Inter.Civilians && m.Entries.Any(e => lex.Words.Has(WordClass.WeakNoun, e.Phrase));
            if (weak) { agent *= 0.5; patient *= 0.6; }
            // "a group of citizens", "dozens of men" are a crowd, not individuals.
            bool individuals = weak && !Enumerable.Range(Math.Max(sentence.FirstToken, m.Token - 6), m.Token - Math.Max(sentence.FirstToken, m.Token - 6))
                .Any(k => lex.Words.Has(WordClass.CrowdWord, tokens[k].Folded));
            bool crowdActed = inter is Inter.Rioters or Inter.Civilians && agent > patient && !individuals;
            if (m.Entries.All(e => !e.IsGeneric)) agent *= 1.5;
            if (agent == 0 && patient == 0) patient = 0.1; // named in the event, role unknown
            // The evidence is the mention that says most about the actor's role, not merely the first.
            double weight = agent + patient;
            if (byName.TryGetValue(name, out var s))
                byName[name] = s with
                {
                    Agent = s.Agent + agent, Patient = s.Patient + patient,
                    Span = weight > s.SpanWeight ? m.Span : s.Span, SpanWeight = Math.Max(weight, s.SpanWeight),
                    Individuals = s.Individuals && individuals,
                    CrowdActed = s.CrowdActed || crowdActed,
                    Side = s.Side || side,
                    NameRule = s.NameRule.Length > 0 ? s.NameRule : nameRule,
                };
            else
                byName[name] = new Scored(name, inter, agent, patient, m.Span, order++, weight, individuals, side, crowdActed, nameRule);
        }
        return [.. byName.Values.OrderBy(s => s.Order)];
    }

    /// <summary>An off-duty cue in the three words before the mention, in a relative clause just after it ("who was off duty"), or in parentheses right after it ("(assumed off-duty)").</summary>
    private static bool OffDuty(Lexicon lex, IReadOnlyList<Sitrep.Text.Token> tokens, Sentence sentence, ActorMention m)
    {
        bool CueAt(int k, int end)
        {
            var (len, roles) = lex.Discourse.MatchAt(tokens, k, end);
            return len > 0 && roles.Contains(DiscourseRole.OffDuty);
        }
        for (int k = Math.Max(sentence.FirstToken, m.Token - 3); k < m.Token; k++)
            if (CueAt(k, m.Token)) return true;
        // "a policeman from Tochtepec who was off duty": a relative clause close after it.
        for (int k = m.EndToken; k < Math.Min(sentence.EndToken, m.EndToken + 6); k++)
        {
            if (!lex.Words.Has(WordClass.RelativePronoun, tokens[k].Folded)) continue;
            for (int j = k + 1; j < Math.Min(sentence.EndToken, k + 4); j++)
                if (CueAt(j, sentence.EndToken)) return true;
            break;
        }
        if (m.EndToken >= sentence.EndToken || tokens[m.EndToken].Folded != "(") return false;
        for (int k = m.EndToken + 1; k < Math.Min(sentence.EndToken, m.EndToken + 4) && tokens[k].Folded != ")"; k++)
            if (CueAt(k, sentence.EndToken)) return true;
        return false;
    }

    /// <summary>The words after a report verb in which a self-reference tells the source's own act ("said on Monday it").</summary>
    private const int SelfReferenceReach = 4;

    /// <summary>
    /// A mention that reports rather than acts: a report cue right after it ("police said") or right before it ("according to police").
    /// Not when the report tells its own act ("the Arakan Army said it had seized the town"): the source is then the doer.
    /// </summary>
    private static bool IsSource(WordClasses words, IReadOnlyList<Sitrep.Text.Token> tokens, Sentence sentence, ActorMention m)
    {
        if (m.EndToken < sentence.EndToken && words.Has(WordClass.ReportVerb, tokens[m.EndToken].Folded))
            return !Enumerable.Range(m.EndToken + 1, Math.Max(0, Math.Min(sentence.EndToken, m.EndToken + 1 + SelfReferenceReach) - m.EndToken - 1))
                .TakeWhile(k => !tokens[k].IsPunct)
                .Any(k => words.Has(WordClass.SelfReference, tokens[k].Folded));
        int at = m.Token > sentence.FirstToken && words.Has(WordClass.DefiniteArticle, tokens[m.Token - 1].Folded) ? m.Token - 1 : m.Token;
        return words[WordClass.SourceCue].Any(cue => EndsBefore(cue, tokens, sentence.FirstToken, at));
    }

    /// <summary>
    /// The rebel group or militia told doing an act of the event's sentences: the nearest before an active trigger of its
    /// sentence, with no report verb between them that tells the act of others ("the ruling party said militiamen had
    /// shot at the marchers": the militiamen, not the party that said so). Null when the sentences tell none so.
    /// </summary>
    private static Scored? ArmedDoer(AnnotatedDocument doc, EventFrame frame, string? country, GazetteerIndex gaz, Lexicon lex)
    {
        var index = MentionIndex.Of(doc);
        var tokens = doc.Tokens;
        Scored? best = null;
        int bestGap = int.MaxValue;
        foreach (var ai in index.ActorsIn(frame.Sentences))
        {
            var m = doc.Actors[ai];
            var (name, inter, nameRule) = Name(m, country, gaz, lex);
            if (name.Length == 0 || !InterCodes.IsNonStateArmed(inter)) continue;
            var sentence = doc.Sentences[m.Sentence];
            var asides = Asides.Of(lex.Words, tokens, sentence);
            if (Asides.Inside(asides, m.Token, m.EndToken)) continue;
            var next = index.TriggersIn([m.Sentence]).Select(i => doc.Triggers[i]).Where(t => t.Entry.Requires is null && t.Token >= m.EndToken && !Asides.Inside(asides, t.Token, t.Token + 1)).OrderBy(t => t.Token).FirstOrDefault();
            if (next is null || SaysOfOthers(lex.Words, tokens, m.EndToken, next.Token) || Cues.EndsAt(lex.Discourse, tokens, sentence.FirstToken, next.Token, DiscourseRole.Passive)) continue;
            int gap = Asides.Gap(asides, m.EndToken, next.Token);
            if (gap < bestGap) (best, bestGap) = (new Scored(name, inter, 2, 0, m.Span, ai, NameRule: nameRule), gap);
        }
        return best;
    }

    /// <summary>
    /// Whether a report verb stands between a mention and the act after it, and the act is told of others ("the ruling
    /// party said militiamen had shot at the marchers"): the mention is who said it, not who did it. Not when what it said
    /// is its own act ("the group said it had seized the town").
    /// </summary>
    private static bool SaysOfOthers(WordClasses words, IReadOnlyList<Sitrep.Text.Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (words.Has(WordClass.ReportVerb, tokens[k].Folded))
                return !Enumerable.Range(k + 1, Math.Max(0, Math.Min(to, k + 1 + SelfReferenceReach) - k - 1)).Any(j => words.Has(WordClass.SelfReference, tokens[j].Folded));
        return false;
    }

    /// <summary>Whether the words of <paramref name="phrase"/> are the tokens right before <paramref name="at"/>, within the sentence.</summary>
    private static bool EndsBefore(string phrase, IReadOnlyList<Sitrep.Text.Token> tokens, int sentenceStart, int at)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (at - parts.Length < sentenceStart) return false;
        for (int i = 0; i < parts.Length; i++)
            if (tokens[at - parts.Length + i].Folded != parts[i]) return false;
        return true;
    }

    /// <summary>
    /// The country of a demonym just before or after an air strike or shelling word of the frame ("Russian airstrikes",
    /// "misiles rusos"), or of a country
    /// named as the subject that fires it ("Russia launched missiles"), if any.
    /// </summary>
    private static CountryMention? WeaponOwner(AnnotatedDocument doc, EventFrame frame)
    {
        foreach (var t in MentionIndex.Of(doc).TriggersIn(frame.Sentences).Select(i => doc.Triggers[i]))
        {
            if (t.Entry.SubEventType != SubEventType.AirDroneStrike && t.Entry.SubEventType != SubEventType.Shelling) continue;
            // A demonym right before the weapon ("Russian airstrikes") or, where adjectives follow the noun, right after it
            // ("misiles rusos", "bombardeo israelí", "frappes françaises").
            var owner = doc.Countries.FirstOrDefault(c => c.Sentence == t.Sentence && (c.IsDemonym && (c.EndToken == t.Token || c.Token > 0 && doc.Tokens[c.Token - 1].Span.End == t.Span.End) || c.IsFiring && c.EndToken <= t.Token));
            if (owner is not null) return owner;
        }
        return null;
    }

    /// <summary>When the text names no doer: the row of unnamed-actors.tsv for the sub-event type and country, its {country} filled.</summary>
    /// <summary>
    /// The countries the frame's sentences name, each once, in the order told: names before demonyms ("Congolese and Rwandan
    /// ministers" only back up "Congo and Rwanda"), none named as where people or goods come from.
    /// </summary>
    private static List<CountryMention> Signatories(AnnotatedDocument doc, EventFrame frame) =>
        [.. doc.Countries.Where(c => frame.Contains(c.Sentence) && !c.IsOrigin && !c.IsCue)
            .OrderBy(c => c.IsDemonym ? 1 : 0).ThenBy(c => c.Span.Start).DistinctBy(c => c.Iso2)];

    /// <summary>
    /// The first rebel group or militia the document's headline names that the event's sentences do not tell as its dead or
    /// its target; null when the headline names none (or the story has no headline).
    /// </summary>
    private static Scored? HeadlineArmedGroup(AnnotatedDocument doc, string? country, GazetteerIndex gaz, Lexicon lex, List<Scored> scored)
    {
        foreach (var m in doc.Actors.Where(m => doc.Sentences[m.Sentence].Part == NewsPartKind.Headline).OrderBy(m => m.Token))
        {
            var (name, inter, nameRule) = Name(m, country, gaz, lex);
            if (name.Length == 0 || !InterCodes.IsNonStateArmed(inter) || scored.Any(s => s.Name == name && s.Patient > 0)) continue;
            return new Scored(name, inter, 0, 0, m.Span, -1, NameRule: nameRule);
        }
        return null;
    }

    private static (string Name, Inter Inter) FallbackActor1(Lexicon lex, SubEventType subEventType, string? country, Func<string, string> generic)
    {
        var (actor, inter) = lex.UnnamedActor(subEventType, country);
        return (generic(actor), inter);
    }

    /// <summary>Whether two scored actors are one force under two names: the same actor, or state forces of one country.</summary>
    private static bool SameForce(Scored a, Scored? b) => b is not null && (a.Name == b.Name || a.Inter == Inter.State && b.Inter == Inter.State);

    private static bool SameSide(Inter a, Inter b) => a == b || (a is Inter.State or Inter.External && b is Inter.State or Inter.External);

    /// <summary>"by X", "by two armed men", "by a group of sellers": an agent cue before the mention, a count, article or group word between.</summary>
    private static bool AgentCueBefore(Lexicon lex, IReadOnlyList<Sitrep.Text.Token> tokens, int sentenceStart, int at) =>
        CueBeforeFillers(lex, tokens, sentenceStart, at, 3, k => Cues.EndsAt(lex.Discourse, tokens, sentenceStart, k, DiscourseRole.Agent));

    /// <summary>"contre le détachement", "contre des civils": a target preposition before the mention, articles or a count between.</summary>
    private static bool TargetCueBefore(Lexicon lex, IReadOnlyList<Sitrep.Text.Token> tokens, int sentenceStart, int at) =>
        CueBeforeFillers(lex, tokens, sentenceStart, at, 2, k => k - 1 >= sentenceStart && lex.Words.Has(WordClass.TargetPreposition, tokens[k - 1].Folded));

    /// <summary>
    /// Whether a cue ends right before <paramref name="at"/> (<paramref name="cueEndsAt"/> of a position: the cue's last
    /// word is the one before it), or before up to <paramref name="reach"/> words between that are a count or an agent
    /// filler (an article, a group word): the walk back both cue checks share.
    /// </summary>
    private static bool CueBeforeFillers(Lexicon lex, IReadOnlyList<Sitrep.Text.Token> tokens, int sentenceStart, int at, int reach, Func<int, bool> cueEndsAt)
    {
        for (int k = at; k >= Math.Max(sentenceStart, at - reach); k--)
        {
            if (cueEndsAt(k)) return true;
            if (k - 1 < sentenceStart || !(tokens[k - 1].Shape == Sitrep.Text.TokenShape.Number || lex.Words.Has(WordClass.AgentFiller, tokens[k - 1].Folded)))
                return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the agent cue before the mention at <paramref name="at"/> is in a clause opened after the nearest trigger before
    /// it ("recaptured the town after it was taken over by"), with no trigger in that clause: the agent did something else.
    /// </summary>
    private static bool AgentOfOtherClause(WordClasses words, IReadOnlyList<Sitrep.Text.Token> tokens, List<TriggerMention> triggers, int sentenceStart, int at)
    {
        var before = triggers.Where(t => t.Token < at).Select(t => t.Token).DefaultIfEmpty(-1).Max();
        if (before < 0) return false;
        for (int k = at - 1; k > before && k >= sentenceStart; k--)
            if (words.Has(WordClass.ClauseOpener, tokens[k].Folded)) return true;
        return false;
    }

    /// <summary>A casualty word within the clause after the mention, before any trigger: "two soldiers ... died", "people dead".</summary>
    private static bool CasualtyFollows(Lexicon lex, IReadOnlyList<Sitrep.Text.Token> tokens, int from, int end, List<TriggerMention> triggers)
    {
        for (int k = from; k < Math.Min(end, from + 6); k++)
        {
            // "border guards shot two smugglers dead": the actor acts; the dead are after the verb.
            if (triggers.Any(t => t.Token == k)) return false;
            if (lex.Words.Has(WordClass.ClauseBreak, tokens[k].Folded)) return false;
            var (len, words) = lex.Casualties.MatchAt(tokens, k, end);
            if (len > 0) return Cues.VictimsBefore(lex, tokens, 0, k, words[0]);
        }
        return false;
    }

    /// <summary>The rule that reads the people named among a casualty count's members as its victims (<see cref="AmongCasualties"/>).</summary>
    public const string AmongCasualtiesRule = "among-casualties";

    /// <summary>How far before a mention a casualty-member word may open it ("among the 20 dead were nine Malawian soldiers").</summary>
    private const int MemberReach = 6;

    /// <summary>How far before a casualty-member word the casualty word it follows may stand ("20 people have died, among them").</summary>
    private const int CasualtyReach = 6;

    /// <summary>
    /// Whether the mention at <paramref name="at"/> is among the members of a casualty count: a casualty-member word
    /// (word-classes.tsv: "including", "among") a few words before it, and a casualty word between the two ("among the dead
    /// were nine Malawian soldiers") or just before the member word ("some 20 people died, among them nine Malawian
    /// soldiers", "killing 20, including nine soldiers"). Such people are victims, whatever verb comes after them.
    /// </summary>
    public static bool AmongCasualties(Lexicon lex, IReadOnlyList<Sitrep.Text.Token> tokens, int sentenceStart, int at)
    {
        bool CasualtyIn(int from, int to)
        {
            for (int k = Math.Max(sentenceStart, from); k < to; k++)
                if (lex.Casualties.MatchAt(tokens, k, to).Length > 0) return true;
            return false;
        }
        for (int k = at - 1; k >= Math.Max(sentenceStart, at - MemberReach); k--)
        {
            if (lex.Words.Has(WordClass.ClauseBreak, tokens[k].Folded)) return false;
            if (lex.Words.Has(WordClass.CasualtyMember, tokens[k].Folded))
                return CasualtyIn(k + 1, at) || CasualtyIn(k - CasualtyReach, k);
        }
        return false;
    }

    /// <summary>
    /// The ACLED name of a mention: a country-specific entry for the event's country wins; {country} is filled, and a unit
    /// of a state's forces is named after its force (<see cref="UnitName"/>, with the rule that did it).
    /// </summary>
    public static (string Name, Inter Inter, string Rule) Name(ActorMention m, string? eventCountry, GazetteerIndex gaz, Lexicon lex)
    {
        var cc = m.CountryCode ?? eventCountry;
        var entry = m.Entries.FirstOrDefault(e => e.Countries.Count > 0 && cc is not null && e.Countries.Contains(cc))
            ?? m.Entries.FirstOrDefault(e => e.Countries.Count == 0)
            // A group the dictionary knows in one country only, named (not by an acronym) in a story set across the
            // border, is still that group: the Houthis who fire a missile at Jizan.
            ?? (m.Entries is [{ IsGeneric: false, IsAcronym: false } only] ? only : null);
        if (entry is null) return ("", Inter.None, "");
        var inter = entry.Inter;
        // State forces of another country than the event's are external forces (inter 8).
        if (inter == Inter.State && m.CountryCode is not null && eventCountry is not null && m.CountryCode != eventCountry) inter = Inter.External;
        if (entry.Unit is { } unit)
        {
            // A unit the pack knows in one state only ("Border Security Force" in India) is that state's, wherever the event.
            var state = entry.Countries is [var own] && cc != own ? own : cc;
            if (inter == Inter.State && state is not null && eventCountry is not null && state != eventCountry) inter = Inter.External;
            return (UnitName(unit, state, gaz, lex), inter, UnitRule);
        }
        if (entry.Militia is { } militia)
        {
            var group = militia.Group ?? m.Group;
            // ACLED names a community by its place: a group the words do not tell apart is communal where it is a place of the country.
            var kind = militia.Kind ?? (group is not null && IsPlaceOf(group, cc, gaz) ? ActorKind.CommunalMilitia : ActorKind.EthnicMilitia);
            var rule = militia.Kind is null && kind == ActorKind.CommunalMilitia ? CommunityByPlaceRule : MilitiaRule;
            return (Fill(lex.Codebook[kind].WithGroup(group, militia.Parent), cc, gaz, lex), inter, rule);
        }
        return (Fill(entry.Actor, cc, gaz, lex), inter, "");
    }

    /// <summary>
    /// Whether the gazetteer knows <paramref name="name"/> as a division of <paramref name="cc"/> or the seat of one: a
    /// community's place ("Idlib"), not a hamlet that shares an ethnic group's name.
    /// </summary>
    private static bool IsPlaceOf(string name, string? cc, GazetteerIndex gaz)
    {
        if (cc is null) return false;
        var folded = Sitrep.Text.TextFold.Fold(name);
        return gaz.FindPlaces(folded).Any(p => p.CountryCode == cc && p.IsAdminSeat) || gaz.FindAdmin1(folded).Any(a => a.CountryCode == cc) || gaz.FindAdmin2(folded).Any(a => a.CountryCode == cc);
    }

    /// <summary>
    /// ACLED's name of <paramref name="unit"/> in the forces of <paramref name="cc"/>, without the regime's years (which
    /// <see cref="DatedActorNames"/> adds): its force's name and the unit's where ACLED names the unit in that state
    /// ("Military Forces of Afghanistan Special Forces"), the force's alone where it folds it in ("Military Forces of Yemen").
    /// </summary>
    internal static string UnitName(StateForceUnit unit, string? cc, GazetteerIndex gaz, Lexicon lex)
    {
        var (force, named) = unit.In(cc);
        var forces = Fill(lex.Codebook[force].Template, cc, gaz, lex);
        return named ? forces + " " + unit.Name : forces;
    }

    /// <summary>
    /// The actor name with {country} filled by ACLED's name of <paramref name="cc"/>, with "the" after "of" where English
    /// puts it (country-articles.txt: "Police Forces of the Philippines"); without a country, the pattern less its slot.
    /// </summary>
    internal static string Fill(string pattern, string? cc, GazetteerIndex gaz, Lexicon lex)
    {
        if (!pattern.Contains("{country}", StringComparison.Ordinal)) return pattern;
        var country = cc is null ? null : gaz.Country(cc)?.Name;
        if (country is null) return pattern.Replace(" ({country})", "").Replace(" of {country}", "").Replace("{country}", "").Trim();
        if (lex.CountriesWithArticle.Contains(cc!)) pattern = pattern.Replace(" of {country}", " of the {country}");
        return pattern.Replace("{country}", country);
    }
}
