namespace Sitrep.Monitor;

/// <summary>A source this worker holds until <paramref name="Until"/>, with what the last poll left: the validators for a conditional GET and the run of failures.</summary>
public sealed record SourceLease(string Name, DateTimeOffset Until, string? ETag, string? LastModified, int Failures);
