using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>A country named or implied by a demonym ("Malian").</summary>
public sealed record CountryMention(TextSpan Span, int Sentence, int Token, int EndToken, string Iso2, bool IsDemonym);
