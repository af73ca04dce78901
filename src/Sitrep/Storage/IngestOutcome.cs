namespace Sitrep.Storage;

/// <summary>
/// What storing one document did: nothing when the store already had it; else its reports and the events they joined.
/// <see cref="StoredAs"/> is the derived id the document was stored under when its own id was taken by another text.
/// </summary>
public sealed record IngestOutcome(bool NewDocument, int Reports, IReadOnlyList<string> EventIds, int Merged, string? StoredAs = null);
