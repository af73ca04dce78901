using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// A word or phrase that signals an event of <see cref="SubEventType"/>, from triggers.tsv.
/// <see cref="Requires"/>, when set, is an event type, sub-event type or disorder type that another trigger in
/// the same sentence must signal for this one to count ("tear gas" makes a protest one with
/// intervention, but is no event on its own; "thwarted" needs the violence it thwarted told beside it). <see cref="IsNoun"/> marks nouns that can refer
/// back to an event already told ("the attack"). <see cref="OneSided"/> marks words for weapons and
/// acts of one side ("small arms", "fired at", "sniper") as against fighting between two ("clashed"):
/// with civilians their only target, such an armed clash is an attack. <see cref="Firearms"/> marks words
/// that say the fight was fought with guns ("exchanged fire", "shoot-out"): its sides are armed, so even
/// villagers or families who fight so make an armed clash, not mob violence.
/// </summary>
public sealed record TriggerEntry(string Phrase, SubEventType SubEventType, double Weight, string? Requires, bool IsNoun, bool OneSided = false, bool Firearms = false);
