using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// A row of data/acled/type-by-actor.tsv: ACLED's rule that an event of one of <paramref name="From"/>'s sub-event types
/// whose actors fit <paramref name="Actor1"/> and <paramref name="Actor2"/> is coded <paramref name="To"/>
/// ("an attack on an armed actor is an armed clash").
/// </summary>
public sealed record TypeByActorRule(string Name, IReadOnlySet<SubEventType> From, ActorCondition Actor1, ActorCondition Actor2, SubEventType To, int Line);
