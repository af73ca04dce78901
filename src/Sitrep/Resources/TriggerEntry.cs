namespace Sitrep.Resources;

/// <summary>
/// A word or phrase that signals an event of <see cref="SubEventType"/>, from triggers.tsv.
/// <see cref="Requires"/>, when set, is an event type or sub-event type that another trigger in
/// the same sentence must signal for this one to count ("tear gas" makes a protest one with
/// intervention, but is no event on its own). <see cref="IsNoun"/> marks nouns that can refer
/// back to an event already told ("the attack").
/// </summary>
public sealed record TriggerEntry(string Phrase, string SubEventType, double Weight, string? Requires, bool IsNoun);
