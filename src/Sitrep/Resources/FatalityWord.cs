namespace Sitrep.Resources;

/// <summary>A word that says people died (<see cref="IsDeath"/>) or were hurt, from casualties.tsv.</summary>
public sealed record FatalityWord(string Phrase, bool IsDeath);
