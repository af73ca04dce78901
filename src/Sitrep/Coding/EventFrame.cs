using System.Collections.Immutable;

namespace Sitrep.Coding;

/// <summary>
/// The sentences that tell one event, in text order. The first is where the event is first
/// told; later ones add detail (a place, the dead, who claimed it).
/// </summary>
public sealed record EventFrame(int Index, ImmutableArray<int> Sentences)
{
    public int First => Sentences[0];
    public bool Contains(int sentence) => Sentences.Contains(sentence);
}
