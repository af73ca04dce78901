using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>
/// A country named, implied by a demonym ("Malian"), or by a cue ("OSCE SMM", country-cues.tsv).
/// A cue says where the story is, not whose an actor is, so it gives no actor a country.
/// </summary>
public sealed record CountryMention(TextSpan Span, int Sentence, int Token, int EndToken, string Iso2, bool IsDemonym, bool IsCue = false);
