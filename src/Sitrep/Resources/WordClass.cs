namespace Sitrep.Resources;

/// <summary>
/// The classes of word-classes.tsv: small closed sets of a language's words that the resolution rules read, each
/// for one purpose. How a class is matched (a whole token, a word's beginning, a part of a trigger's phrase) is the
/// rule's; which words fill it is the language pack's.
/// </summary>
public enum WordClass
{
    /// <summary>Articles before a noun ("the", "a"): "the killing of" names an act, it does not tell one.</summary>
    Article,
    /// <summary>The definite article alone, as it may stand between a report cue and its source ("according to the police").</summary>
    DefiniteArticle,
    /// <summary>Auxiliaries of the passive ("were", "was"): "protesters were killed" makes them the victims.</summary>
    PassiveAuxiliary,
    /// <summary>A word of a trigger's phrase that tells a weapon went off or struck ("fired", "hit"), matched whole.</summary>
    WeaponUseWord,
    /// <summary>The beginning of a word of a trigger's phrase that tells a weapon went off or was fired ("explod", "artillery").</summary>
    WeaponUseStem,
    /// <summary>Part of a trigger's phrase that tells a killing, not a wounding nor gunfire alone ("kill", "shot dead").</summary>
    KillingPart,
    /// <summary>Part of a trigger's phrase that tells lethal force or gunfire ("shot", "fire", "wound").</summary>
    LethalPart,
    /// <summary>Words for a crowd before a noun for people ("dozens of men", "a group of citizens").</summary>
    CrowdWord,
    /// <summary>Nouns for people that say little of who they are ("people", "a man"): they weigh less as doer or target.</summary>
    WeakNoun,
    /// <summary>Verbs of reporting right after an actor ("police said"): the actor is the source, not in the event.</summary>
    ReportVerb,
    /// <summary>A phrase right before an actor that makes it the source of the report ("according to").</summary>
    SourceCue,
    /// <summary>Words that may stand between an agent cue and the actor ("by two armed men", "by a group of").</summary>
    AgentFiller,
    /// <summary>Words that open a clause of its own: an agent after one belongs to that clause's verb.</summary>
    ClauseOpener,
    /// <summary>Prepositions before a weapon that make it the instrument, not a verb the actor did ("using small arms").</summary>
    InstrumentPreposition,
    /// <summary>Prepositions that, before an article and an event noun, make an adjunct ("killed 14 in an attack").</summary>
    AdjunctPreposition,
    /// <summary>Relative pronouns that open a clause about the actor before them ("a policeman who was off duty").</summary>
    RelativePronoun,
    /// <summary>Words and marks that end the clause after an actor (",", "and", "when"): a casualty word after one is not the actor's.</summary>
    ClauseBreak,
    /// <summary>Adverbs that may stand between a passive and its verb ("were later killed").</summary>
    Adverb,
    /// <summary>The ending of an adverb of manner ("reportedly"), for words of more than four letters.</summary>
    AdverbSuffix,
    /// <summary>Kind words of a second-level division ("district", "county"): the place is its seat's area, precision 2.</summary>
    DistrictWord,
    /// <summary>Kind words of a first-level division ("province", "state"): the name is the region, not a town.</summary>
    RegionWord,
    /// <summary>A phrase that opens a sentence telling the event by when it was reported ("as reported on 21 March"): that date is the event's, the only one the text gives.</summary>
    ReportOpener,
    /// <summary>Words before a weekday that mean the one before ("last Friday"): published on that weekday, a week before.</summary>
    Previous,
    /// <summary>Words before a trigger noun that point back to an event told before ("the attack", "this killing", "said attack").</summary>
    Determiner,
    /// <summary>Words for a currency right after a country's name ("the US dollar"): a currency, no country where anything happened.</summary>
    Currency,
    /// <summary>Words that, capitalised right after a country's name, make a city of it ("Benin City", "Kuwait City").</summary>
    CityWord,
    /// <summary>Words right after a demonym that is also a first-level division's name that make it the division ("Somali region"), not the country.</summary>
    DemonymDivisionWord,
    /// <summary>Prepositions right before a country's name that make it where its people or goods come from ("goods from Turkey"), not where it happened.</summary>
    OriginPreposition,
    /// <summary>Prepositions within a few words after an actor that give its country ("soldiers from Mali", "forces of India", "Al Qaeda's branch in Mali").</summary>
    CountryPreposition,
    /// <summary>Words right before a named group that make it the enemy of the forces named after it ("anti-Houthi forces").</summary>
    Against,
    /// <summary>Words between two named groups when the report cannot tell which one acted ("JNIM or ISGS militants").</summary>
    Alternative,
    /// <summary>Words that join two countries' names so each has forces of its own ("military forces of India and Pakistan").</summary>
    Coordinator,
    /// <summary>Possessives before an actor that make it the forces of the country last named ("a detachment of its forces").</summary>
    Possessive,
}
