using System.Collections.Immutable;

namespace Sitrep.Coding;

/// <summary>
/// The sentences that tell one event, in text order. The first is where the event is first
/// told; later ones add detail (a place, the dead, who claimed it).
/// </summary>
public sealed record EventFrame(int Index, ImmutableArray<int> Sentences)
{
    public int First => Sentences[0];
    /// <summary>The rule that told this frame apart from the one before it where that is no plain new trigger (<c>pursuit-of-suspects</c>), for the trace; null otherwise.</summary>
    public string? OpenedBy { get; init; }
    /// <summary>The words the rule in <see cref="OpenedBy"/> rests on.</summary>
    public Sitrep.Documents.TextSpan? OpenedAt { get; init; }
    public bool Contains(int sentence) => Sentences.Contains(sentence);
}
