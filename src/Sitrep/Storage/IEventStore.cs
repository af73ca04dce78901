using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>
/// Where documents and events live: SQLite (one file, the default) or PostgreSQL, behind one contract.
/// The store owns ids and idempotence: a document is known by the hash of its text, so storing it again
/// changes nothing, whichever entry point (CLI, feed, API) it came through. Each document is stored in one
/// transaction with its reports and the merges they cause: a crash leaves it whole or absent.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>Stores a document and its coded events, merging them with stored reports of the same events.</summary>
    IngestOutcome Ingest(Document document, IReadOnlyList<CodedEvent> events);

    /// <summary>
    /// Adds events coded elsewhere (a user's own ACLED export, a benchmark's synthetic events) as they are,
    /// without documents or merging; returns how many were added.
    /// </summary>
    int Import(IEnumerable<CodedEvent> events);

    /// <summary>
    /// An analyst's correction: the named reports (<c>doc#n</c>, or a document's id for all its reports) are not the
    /// same event as the event's other reports. Recorded, so re-clustering keeps them apart; they form an event with a new id.
    /// </summary>
    CorrectionResult Split(string eventId, IReadOnlyList<string> reports);

    /// <summary>An analyst's correction: two events are one. Recorded, so re-clustering keeps them together; the older id stays.</summary>
    CorrectionResult Merge(string eventId, string otherId);

    IReadOnlyList<CodedEvent> Query(EventQuery query);

    /// <summary>The same events as <see cref="Query"/>, as the stored JSON of each: what a server sends on without re-encoding.</summary>
    IReadOnlyList<string> QueryJson(EventQuery query);
    long Count(EventQuery query);
    CodedEvent? Get(string eventId);
    Document? GetDocument(string docId);
    StoreStats Stats(EventQuery query);
}
