using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>A trigger found in a sentence. <see cref="IsAnaphoric"/>: a noun after "the", "this"... that refers back.</summary>
public sealed record TriggerMention(TextSpan Span, int Sentence, int Token, TriggerEntry Entry, bool IsAnaphoric);
