using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// An actor phrase found in a sentence, with the candidate dictionary entries and the
/// country of a demonym or country name that qualifies it ("Malian troops", "troops of Mali").
/// <see cref="ClaimedResponsibility"/>: "X (had reportedly) claimed responsibility" follows it.
/// </summary>
public sealed record ActorMention(TextSpan Span, int Sentence, int Token, int EndToken, IReadOnlyList<ActorEntry> Entries, string? CountryCode)
{
    public bool ClaimedResponsibility { get; init; }
}
