using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// ACLED's name for an actor of a kind, with its <c>{country}</c> slot, and its inter code. An identity militia's name has
/// a <c>{group}</c> slot too, for the group's name the text gives, or <see cref="Unnamed"/> where it names none; a clan's
/// militia named within its ethnic group has a <c>{parent}</c> slot for the ethnic group ("{group} Clan {parent} Ethnic Militia").
/// </summary>
public sealed record ActorName(string Template, Inter Inter, string Unnamed = "")
{
    /// <summary>Where the name of an identity militia's group goes.</summary>
    public const string GroupPlaceholder = "{group}";

    /// <summary>Whether the name holds a group's name (<see cref="GroupPlaceholder"/>).</summary>
    public bool HasGroup => Template.Contains(GroupPlaceholder, StringComparison.Ordinal);

    /// <summary>Where the name of the group a clan belongs to goes.</summary>
    public const string ParentPlaceholder = "{parent}";

    /// <summary>Whether the name holds the name of the group its group belongs to (<see cref="ParentPlaceholder"/>).</summary>
    public bool HasParent => Template.Contains(ParentPlaceholder, StringComparison.Ordinal);

    /// <summary>
    /// The name with the group <paramref name="group"/> (null: the text names none) and the group it belongs to,
    /// <paramref name="parent"/>, in their slots, {country} still open.
    /// </summary>
    public string WithGroup(string? group, string? parent = null) =>
        Template.Replace(GroupPlaceholder, group ?? Unnamed, StringComparison.Ordinal).Replace(ParentPlaceholder, parent ?? "", StringComparison.Ordinal);

    /// <summary>The words before the country slot ("Military Forces of"), which every actor of this kind's name begins with.</summary>
    public string Prefix => Template.IndexOf("{country}", StringComparison.Ordinal) is var at and >= 0 ? Template[..at].TrimEnd(' ', '(') : Template;
}
