using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// ACLED's name for an actor of a kind, with its <c>{country}</c> slot, and its inter code. An identity militia's name has
/// a <c>{group}</c> slot too, for the group's name the text gives, or <see cref="Unnamed"/> where it names none.
/// </summary>
public sealed record ActorName(string Template, Inter Inter, string Unnamed = "")
{
    /// <summary>Where the name of an identity militia's group goes.</summary>
    public const string GroupPlaceholder = "{group}";

    /// <summary>Whether the name holds a group's name (<see cref="GroupPlaceholder"/>).</summary>
    public bool HasGroup => Template.Contains(GroupPlaceholder, StringComparison.Ordinal);

    /// <summary>The name with the group <paramref name="group"/> (null: the text names none) in its slot, {country} still open.</summary>
    public string WithGroup(string? group) => Template.Replace(GroupPlaceholder, group ?? Unnamed, StringComparison.Ordinal);

    /// <summary>The words before the country slot ("Military Forces of"), which every actor of this kind's name begins with.</summary>
    public string Prefix => Template.IndexOf("{country}", StringComparison.Ordinal) is var at and >= 0 ? Template[..at].TrimEnd(' ', '(') : Template;
}
