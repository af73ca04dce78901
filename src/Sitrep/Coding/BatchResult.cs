using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Coding;

/// <summary>One item of a batch: a document and its events, or the problem that kept it from being read or coded.</summary>
public sealed record BatchResult(Document? Document, IReadOnlyList<CodedEvent> Events, Problem? Error)
{
    public bool IsSuccess => Error is null;
}
