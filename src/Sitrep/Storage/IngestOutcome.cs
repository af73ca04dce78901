namespace Sitrep.Storage;

/// <summary>What storing one document did: nothing when the store already had it; else its reports and the events they joined.</summary>
public sealed record IngestOutcome(bool NewDocument, int Reports, IReadOnlyList<string> EventIds, int Merged);
