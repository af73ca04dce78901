namespace Sitrep.Coding;

/// <summary>
/// A rule of <see cref="DatedActorNames"/> that named an actor as on the event's day: on <paramref name="Field"/>
/// (actor1, assoc_actor_1...), <paramref name="Rule"/> turned <paramref name="From"/> into <paramref name="To"/>.
/// </summary>
public sealed record ActorRenaming(string Field, string Rule, string From, string To);
