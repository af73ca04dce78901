namespace Sitrep.Resources;

/// <summary>
/// A word that says people died (<see cref="IsDeath"/>) or were hurt, from casualties.tsv.
/// <see cref="IsTransitive"/>: a verb whose subject is the one who kills ("militants killed"),
/// so the people before it are victims only when it is passive ("six were killed").
/// </summary>
public sealed record FatalityWord(string Phrase, bool IsDeath, bool IsTransitive);
