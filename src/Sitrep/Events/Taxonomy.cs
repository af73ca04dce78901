using Sitrep.Resources;

namespace Sitrep.Events;

/// <summary>
/// ACLED's event taxonomy, read once from data/acled/taxonomy.tsv: its event types, its sub-event types and the disorder
/// type each implies. It is the contract of the event record, one for the process (<see cref="Acled"/>, from the data
/// folder the program ships with or <c>SITREP_DATA</c>); every data table that names a sub-event type is checked
/// against it when it loads.
/// </summary>
public sealed class Taxonomy
{
    private readonly Dictionary<string, SubEventType> _byName;
    private readonly Dictionary<string, EventType> _typeByName;

    private Taxonomy(IReadOnlyList<SubEventType> subEventTypes, IReadOnlyList<EventType> eventTypes, string file)
    {
        SubEventTypes = subEventTypes;
        EventTypes = eventTypes;
        _byName = subEventTypes.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        _typeByName = eventTypes.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        Known = new WellKnown(this, file);
    }

    private static readonly Lazy<Taxonomy> Loaded = new(() => Load(DefaultFile()));

    /// <summary>The taxonomy of the program's data folder, read on first use.</summary>
    public static Taxonomy Acled => Loaded.Value;

    /// <summary>data/acled/taxonomy.tsv in the data folder (<see cref="CodingResources.DefaultDataDirectory"/>).</summary>
    public static string DefaultFile() => Path.Combine(CodingResources.DefaultDataDirectory(), "acled", "taxonomy.tsv");

    /// <summary>Every sub-event type, in the file's order.</summary>
    public IReadOnlyList<SubEventType> SubEventTypes { get; }

    /// <summary>Every event type, in the order the file first names it.</summary>
    public IReadOnlyList<EventType> EventTypes { get; }

    /// <summary>The entries the engine's mechanisms name.</summary>
    internal WellKnown Known { get; }

    /// <summary>The sub-event type named <paramref name="name"/> (any case, outer spaces ignored), or null.</summary>
    public SubEventType? Find(string? name) => name is not null && _byName.TryGetValue(name.Trim(), out var s) ? s : null;

    /// <summary>The event type named <paramref name="name"/> (any case, outer spaces ignored), or null.</summary>
    public EventType? FindEventType(string? name) => name is not null && _typeByName.TryGetValue(name.Trim(), out var t) ? t : null;

    /// <summary>
    /// The disorder type named <paramref name="name"/> (any case) in ACLED's spelling, or null: one of the types the
    /// sub-event types imply, a violent demonstration's "Political violence; Demonstrations" counting as both.
    /// </summary>
    public string? FindDisorderType(string? name) =>
        name is null ? null : SubEventTypes.SelectMany(s => s.DisorderTypes).FirstOrDefault(d => string.Equals(d, name.Trim(), StringComparison.OrdinalIgnoreCase));

    private const string RolesColumn = "roles";
    private const string NoRoles = "-";

    /// <summary>
    /// The taxonomy in <paramref name="file"/>. A row with too few columns, a sub-event type written twice, or a taxonomy
    /// that lacks a type the engine names is a <see cref="ResourceFormatException"/> naming the file and line.
    /// </summary>
    public static Taxonomy Load(string file)
    {
        var subs = new List<SubEventType>();
        var types = new Dictionary<string, EventType>(StringComparer.OrdinalIgnoreCase);
        var order = new List<EventType>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, f) in TsvFile.Read(file, 4))
        {
            if (f[0].Length == 0 || f[1].Length == 0 || f[2].Length == 0) throw new ResourceFormatException(file, line, "a sub-event type, its event type and its disorder type must all be written");
            if (f[3] is not (RolesColumn or NoRoles)) throw new ResourceFormatException(file, line, $"'{f[3]}' is not whether the act gives roles ({RolesColumn} or {NoRoles})");
            if (!seen.Add(f[0])) throw new ResourceFormatException(file, line, $"the sub-event type '{f[0]}' is written twice");
            if (!types.TryGetValue(f[1], out var type))
            {
                type = new EventType(f[1]);
                types[f[1]] = type;
                order.Add(type);
            }
            subs.Add(new SubEventType(f[0], type, f[2], f[3] == RolesColumn));
        }
        return new Taxonomy(subs, order, file);
    }

    /// <summary>
    /// The sub-event and event types the engine's mechanisms name, resolved when the taxonomy loads: a taxonomy that
    /// lacks one fails there, with one line naming the file, not later in the middle of coding.
    /// </summary>
    internal sealed class WellKnown(Taxonomy t, string file)
    {
        private static SubEventType Sub(Taxonomy t, string file, string name) =>
            t.Find(name) ?? throw new ResourceFormatException(file, 0, $"no sub-event type '{name}', which the coder names");
        private static EventType Type(Taxonomy t, string file, string name) =>
            t.FindEventType(name) ?? throw new ResourceFormatException(file, 0, $"no event type '{name}', which the coder names");

        public EventType Battles { get; } = Type(t, file, "Battles");
        public EventType Explosions { get; } = Type(t, file, "Explosions/Remote violence");
        public EventType ViolenceAgainstCivilians { get; } = Type(t, file, "Violence against civilians");
        public EventType Protests { get; } = Type(t, file, "Protests");
        public EventType Riots { get; } = Type(t, file, "Riots");
        public EventType StrategicDevelopments { get; } = Type(t, file, "Strategic developments");

        public SubEventType ArmedClash { get; } = Sub(t, file, "Armed clash");
        public SubEventType GovernmentRegainsTerritory { get; } = Sub(t, file, "Government regains territory");
        public SubEventType NonStateActorOvertakesTerritory { get; } = Sub(t, file, "Non-state actor overtakes territory");
        public SubEventType AirDroneStrike { get; } = Sub(t, file, "Air/drone strike");
        public SubEventType Shelling { get; } = Sub(t, file, "Shelling/artillery/missile attack");
        public SubEventType Attack { get; } = Sub(t, file, "Attack");
        public SubEventType Abduction { get; } = Sub(t, file, "Abduction/forced disappearance");
        public SubEventType PeacefulProtest { get; } = Sub(t, file, "Peaceful protest");
        public SubEventType ProtestWithIntervention { get; } = Sub(t, file, "Protest with intervention");
        public SubEventType ExcessiveForce { get; } = Sub(t, file, "Excessive force against protesters");
        public SubEventType ViolentDemonstration { get; } = Sub(t, file, "Violent demonstration");
        public SubEventType MobViolence { get; } = Sub(t, file, "Mob violence");
        public SubEventType Agreement { get; } = Sub(t, file, "Agreement");
        public SubEventType Arrests { get; } = Sub(t, file, "Arrests");
        public SubEventType Looting { get; } = Sub(t, file, "Looting/property destruction");
        public SubEventType DisruptedWeaponsUse { get; } = Sub(t, file, "Disrupted weapons use");
    }
}
