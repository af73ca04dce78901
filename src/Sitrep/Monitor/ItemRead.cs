using Sitrep.Documents;

namespace Sitrep.Monitor;

/// <summary>One item read for coding: its document, or why it could not be read; <see cref="Retry"/> when the failure may pass (a fetch that failed) and the item should be tried at the next poll.</summary>
public sealed record ItemRead(ReadResult Result, bool Retry);
