using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>
/// A country named, implied by a demonym ("Malian"), or by a cue ("OSCE SMM", country-cues.tsv).
/// A cue says where the story is, not whose an actor is, so it gives no actor a country; it may also
/// name the regions the story is likely in (<see cref="Regions"/>, names as written in country-cues.tsv).
/// A country named after "from" (<see cref="IsOrigin"/>: "goods from Turkey", "returned from Peru") is where
/// people or things came from, which places the story no more surely than a demonym does.
/// A country named as the subject that fires a remote weapon (<see cref="IsFiring"/>: "Russia launched missiles at Odesa",
/// "Israel struck Rafah") is whose forces acted, which says no more than a demonym does where it happened.
/// </summary>
public sealed record CountryMention(TextSpan Span, int Sentence, int Token, int EndToken, string Iso2, bool IsDemonym, bool IsCue = false)
{
    public IReadOnlyList<string> Regions { get; init; } = [];

    public bool IsOrigin { get; init; }

    public bool IsFiring { get; init; }
}
