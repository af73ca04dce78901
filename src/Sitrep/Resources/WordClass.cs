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
}
