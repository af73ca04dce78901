using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// An actor phrase found in a sentence, with the candidate dictionary entries and the
/// country of a demonym or country name that qualifies it ("Malian troops", "troops of Mali").
/// <see cref="IsAgent"/> is true when the text makes it the doer (subject of an active verb,
/// "by X", "X claimed responsibility"), false when the one done to, null when unknown.
/// </summary>
public sealed record ActorMention(TextSpan Span, int Sentence, int Token, int EndToken, IReadOnlyList<ActorEntry> Entries, string? CountryCode)
{
    public bool? IsAgent { get; init; }
    public bool ClaimedResponsibility { get; init; }
}
