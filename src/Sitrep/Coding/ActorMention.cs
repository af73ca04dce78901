using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// An actor phrase found in a sentence, with the candidate dictionary entries and the
/// country of a demonym or country name that qualifies it ("Malian troops", "troops of Mali").
/// <see cref="ClaimedResponsibility"/>: "X (had reportedly) claimed responsibility" follows it. <see cref="Group"/>: the
/// group's name a phrase with a {group} slot took from the text ("Agar" in "militiamen from the Agar clan"), as written.
/// </summary>
public sealed record ActorMention(TextSpan Span, int Sentence, int Token, int EndToken, IReadOnlyList<ActorEntry> Entries, string? CountryCode)
{
    public bool ClaimedResponsibility { get; init; }
    public string? Group { get; init; }
}
