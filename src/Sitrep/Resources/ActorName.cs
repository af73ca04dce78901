using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>ACLED's name for an actor of a kind, with its <c>{country}</c> slot, and its inter code.</summary>
public sealed record ActorName(string Template, Inter Inter)
{
    /// <summary>The words before the country slot ("Military Forces of"), which every actor of this kind's name begins with.</summary>
    public string Prefix => Template.IndexOf("{country}", StringComparison.Ordinal) is var at and >= 0 ? Template[..at].TrimEnd(' ', '(') : Template;
}
