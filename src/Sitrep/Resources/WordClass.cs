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
    /// <summary>Words and marks between a count and a casualty word after it that end the count's clause ("two soldiers arrived while militants were killed").</summary>
    CountClauseBreak,
    /// <summary>Casualty nouns that state the event's total as ACLED's notes do ("No fatalities", "3 fatalities", "fatalities coded as 2").</summary>
    TotalNoun,
    /// <summary>Words before a total noun that make the total none ("no fatalities").</summary>
    NoneWord,
    /// <summary>A phrase right after a total noun that gives the coded figure next ("fatalities coded as 2").</summary>
    CodedAs,
    /// <summary>Words that tell a toll shared between events ("fatalities are split across 3 events (5)").</summary>
    SplitWord,
    /// <summary>Nouns right after the count a toll is split into ("split between two events", "locations").</summary>
    SplitPart,
    /// <summary>Words inside a count that add to those already told ("also", "another", "more").</summary>
    AdditionalWord,
    /// <summary>A word inside a count that adds others to those told ("2 other policemen"), unless after the definite article ("the other was stoned").</summary>
    OtherWord,
    /// <summary>Units after a number that make it an age with the age word after them ("48 years old", "aged 30 years").</summary>
    AgeUnit,
    /// <summary>A unit written singular after a number, a compound adjective ("a 48-year man", "a 10-year war"): the number counts no one.</summary>
    CompoundUnit,
    /// <summary>The word after an age unit that makes it an age ("48 years old").</summary>
    AgeWord,
    /// <summary>After a death word and an alternative: the fate of the people is not known, so no one is counted dead ("killed or wounded").</summary>
    UncertainFate,
    /// <summary>One word that may stand between a casualty word and its count ("the killing of 5", "bodies of two").</summary>
    CasualtyCountLink,
    /// <summary>The first word of a casualty phrase of several words that states a toll ("death toll rose to 12"): a count up to eight words after it is the toll.</summary>
    TollWord,
    /// <summary>
    /// A noun for the toll so far ("bringing the toll to 79", "portant le bilan à 79 morts"): a count of dead a few words after
    /// it, in its clause, is the event's toll, which holds the dead told beside it rather than adding to them.
    /// </summary>
    TollNoun,
    /// <summary>Words and marks right after a casualty word that end its clause ("1 killed, 7 injured", "20 fighters killed in clashes").</summary>
    CasualtyClauseEnd,
    /// <summary>Words and marks right before a count that open a clause telling the dead ("leaving 3 dead", "with 2 killed").</summary>
    CountClauseOpener,
    /// <summary>Nouns after an article right after a death word that make the article no count of one ("killed a number of", "a total of").</summary>
    QuantityNoun,
    /// <summary>Words before the first number of a range ("between 43 and 52", "from 10 to 12").</summary>
    RangeOpener,
    /// <summary>Words between the two numbers of a range ("between 43 and 52", "from 10 to 12").</summary>
    RangeJoiner,
    /// <summary>Words that may stand between a place and the division that holds it ("Busra in the countryside of Dar'a", "a village in Jalawla district of Kirkuk").</summary>
    ContainerLink,
    /// <summary>The prepositions of <see cref="ContainerLink"/> of which one must stand between a place and its division ("in", "of").</summary>
    ContainerPreposition,
    /// <summary>A word for a place's kind or centre right after it, before the division that holds it ("Dawlat Abad district center, Balkh", "Maan town, Hama").</summary>
    ContainerKindWord,
    /// <summary>Words for a crowd before a noun for people ("dozens of men", "a group of citizens").</summary>
    CrowdWord,
    /// <summary>Nouns for people that say little of who they are ("people", "a man"): they weigh less as doer or target.</summary>
    WeakNoun,
    /// <summary>Verbs of reporting right after an actor ("police said"): the actor is the source, not in the event.</summary>
    ReportVerb,
    /// <summary>A phrase right before an actor that makes it the source of the report ("according to").</summary>
    SourceCue,
    /// <summary>A pronoun a few words after a report verb that tells the source's own act ("the group said it had seized"): it is in the event.</summary>
    SelfReference,
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
    /// <summary>Words between an armed noun and the named group it belongs to, where the noun comes first ("rebelles du M23", "combattants de l'EI"): the group's fighters.</summary>
    MemberLink,
    /// <summary>Auxiliaries of the pluperfect ("avaient été tués"): what a sentence tells in it happened before the story's event, on a day of its own.</summary>
    PluperfectAuxiliary,
    /// <summary>Prepositions right before an actor, after a trigger, that make it the one attacked ("une attaque contre le détachement").</summary>
    TargetPreposition,
    /// <summary>A bare preposition between an act's noun and the actor right after it, with no article, that makes the actor its doer ("une attaque de jihadistes", "l'attaque d'hommes armés").</summary>
    NounAgentLink,
    /// <summary>Words right before or after a toll noun that tell an earlier toll, replaced since ("le précédent bilan", "the previous toll").</summary>
    EarlierWord,
    /// <summary>Words that offer an alternative: between two named groups the report cannot tell which acted ("JNIM or ISGS militants"); after a death word, the dead are not known ("killed or wounded").</summary>
    Alternative,
    /// <summary>Words that join two of a kind: two countries' names, each with forces of its own ("military forces of India and Pakistan"); two counts that share a casualty word ("two soldiers and four assailants died").</summary>
    Coordinator,
    /// <summary>Possessives before an actor that make it the forces of the country last named ("a detachment of its forces").</summary>
    Possessive,
    /// <summary>Words between two counts that make the second the whole the first is part of ("18 of the 24 attackers", "dix-huit des 24 membres"): the first counts.</summary>
    PartitiveLink,
    /// <summary>Month names that are also common words ("may", "march"): after a month prefix, only a capitalised one is the month. Other months need no capital ("depuis mars", "en mai").</summary>
    AmbiguousMonth,
    /// <summary>Verbs right before a range of counts that make it an update ("rose from 20 to 31", "est passé de 20 à 31"): the latest figure counts.</summary>
    UpdateWord,
    /// <summary>Capitalised words that name no clan, ethnic group or community where a group's name would stand before a militia noun: a creed or a side ("Islamist militia", "Shiite militias", "Government militias").</summary>
    NotAGroup,
    /// <summary>
    /// Words near a count of dead that make it a tally over a wider area or a longer time than one event ("killed 38 people
    /// nationwide", "in Kyiv alone, 27 were killed", "so far this year"): not the toll of the event the sentence belongs to.
    /// </summary>
    TallyScope,
    /// <summary>Words right before a country's name that, near a count of dead, make it a tally over the whole country ("killed 11 people across Ukraine").</summary>
    TallyAcross,
    /// <summary>Words right after a place's name that, near a count of dead, make it a tally over that whole place ("In Kyiv alone, 27 were killed"); after anything else they say nothing of the count ("two men travelling alone were killed").</summary>
    TallyAfterPlace,
    /// <summary>Words for a head of state or government ("president", "prime minister"): with a residence in the same sentence they tell the seat of government.</summary>
    HeadOfState,
    /// <summary>Nouns for where a head of state lives or sits ("residence", "palace"): beside a head of state, the seat of government, in the capital.</summary>
    OfficialResidence,
    /// <summary>Words that tell fighting going on as the story is written ("raging", "continuing"): an undated event told so is on the day of the report.</summary>
    OngoingWord,
    /// <summary>Auxiliaries of the perfect before a passive ("has been killed"): the victim's name stands before them.</summary>
    PerfectAuxiliary,
    /// <summary>
    /// Marks that set an aside off on both sides ("—", "–"): opening with an article right after a name, the aside describes
    /// that name ("the Front — a splinter group of former soldiers — attacked"), and the people it names act in nothing.
    /// </summary>
    AsideDash,
    /// <summary>
    /// Words that open the members of a casualty count ("20 dead, including nine Malawian soldiers", "among them", "among the
    /// dead were"): the people named after them, a nationality's soldiers as well, are victims, never the doer.
    /// </summary>
    CasualtyMember,
}
