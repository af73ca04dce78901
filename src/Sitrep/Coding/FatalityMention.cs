using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>
/// A count of deaths in a sentence: <see cref="Low"/> is the conservative figure ACLED codes
/// ("at least six" is 6, "dozens" 12), <see cref="High"/> the most the text allows.
/// <see cref="IsTotal"/>: an explicit figure for the whole event ("N fatalities", "death toll").
/// </summary>
public sealed record FatalityMention(TextSpan Span, int Sentence, int Low, int High, bool IsTotal);
