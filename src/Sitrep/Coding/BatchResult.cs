using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Coding;

/// <summary>One item of a batch: a document and its events, or why it could not be read or coded.</summary>
public sealed record BatchResult(Document? Document, IReadOnlyList<CodedEvent> Events, string? Error)
{
    public bool IsSuccess => Error is null;
}
