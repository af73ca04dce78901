using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>
/// A count of deaths in a sentence: <see cref="Low"/> is the conservative figure ACLED codes
/// ("at least six" is 6, "dozens" 12), <see cref="High"/> the most the text allows.
/// <see cref="IsTotal"/>: an explicit figure for the whole event ("N fatalities", "death toll").
/// <see cref="SplitInto"/>, when above zero, is no count but says the dead told are shared among that many
/// events ("fatalities split between two events"), each taking its share.
/// </summary>
public sealed record FatalityMention(TextSpan Span, int Sentence, int Low, int High, bool IsTotal)
{
    public int SplitInto { get; init; }
    /// <summary>The note's own statement of the coded figure ("fatalities coded as 10"), a total for the note's first event.</summary>
    public bool IsCoded { get; init; }
    /// <summary>Dead told as more than those already told ("7 militants were also killed", "2 other policemen died").</summary>
    public bool Additional { get; init; }
    /// <summary>A tally over a wider area or a longer time than one event ("38 people nationwide", "in Kyiv alone"): no event's own toll.</summary>
    public bool IsTally { get; init; }
}
