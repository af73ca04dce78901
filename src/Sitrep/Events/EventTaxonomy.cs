namespace Sitrep.Events;

/// <summary>
/// ACLED's 6 event types and 25 sub-event types, and the disorder type each implies.
/// This is the contract of the event record, so it lives in code, not in a data file.
/// </summary>
public static class EventTaxonomy
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    private static readonly Dictionary<string, string> TypeOfSubType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Armed clash"] = Battles,
        ["Government regains territory"] = Battles,
        ["Non-state actor overtakes territory"] = Battles,
        ["Chemical weapon"] = Explosions,
        ["Air/drone strike"] = Explosions,
        ["Suicide bomb"] = Explosions,
        ["Shelling/artillery/missile attack"] = Explosions,
        ["Remote explosive/landmine/IED"] = Explosions,
        ["Grenade"] = Explosions,
        ["Sexual violence"] = ViolenceAgainstCivilians,
        ["Attack"] = ViolenceAgainstCivilians,
        ["Abduction/forced disappearance"] = ViolenceAgainstCivilians,
        ["Peaceful protest"] = Protests,
        ["Protest with intervention"] = Protests,
        ["Excessive force against protesters"] = Protests,
        ["Violent demonstration"] = Riots,
        ["Mob violence"] = Riots,
        ["Agreement"] = StrategicDevelopments,
        ["Arrests"] = StrategicDevelopments,
        ["Change to group/activity"] = StrategicDevelopments,
        ["Disrupted weapons use"] = StrategicDevelopments,
        ["Headquarters or base established"] = StrategicDevelopments,
        ["Looting/property destruction"] = StrategicDevelopments,
        ["Non-violent transfer of territory"] = StrategicDevelopments,
        ["Other"] = StrategicDevelopments,
    };

    public static IEnumerable<string> SubEventTypes => TypeOfSubType.Keys;

    public static bool IsSubEventType(string subType) => TypeOfSubType.ContainsKey(subType);

    /// <summary>The canonical spelling of a sub-event type, or null when it is not one of ACLED's 25.</summary>
    public static string? Canonical(string subType) =>
        TypeOfSubType.Keys.FirstOrDefault(k => k.Equals(subType.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string EventTypeOf(string subType) =>
        TypeOfSubType.TryGetValue(subType, out var t) ? t : throw new ArgumentException($"'{subType}' is not one of ACLED's sub-event types.", nameof(subType));

    /// <summary>Violent demonstrations are riots that are also demonstrations; mob violence is political violence.</summary>
    public static string DisorderTypeOf(string subType) => EventTypeOf(subType) switch
    {
        Protests => "Demonstrations",
        StrategicDevelopments => "Strategic developments",
        Riots when subType.Equals("Violent demonstration", StringComparison.OrdinalIgnoreCase) => "Political violence; Demonstrations",
        _ => "Political violence",
    };
}
