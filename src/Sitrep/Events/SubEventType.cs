namespace Sitrep.Events;

/// <summary>
/// One of ACLED's sub-event types ("Armed clash"), an entry of the taxonomy read from data/acled/taxonomy.tsv, with the
/// event type it belongs to and the disorder type it implies. Only the taxonomy makes one, once, so two are equal only
/// when they are the same entry; a name is matched case-insensitively only when it is parsed (<see cref="TryParse"/>),
/// and <see cref="Name"/> is always ACLED's spelling, the one every wire format writes.
/// </summary>
public sealed record SubEventType
{
    internal SubEventType(string name, EventType eventType, string disorderType, bool givesRoles)
    {
        Name = name;
        EventType = eventType;
        DisorderType = disorderType;
        GivesRoles = givesRoles;
    }

    /// <summary>ACLED's spelling, as the exports write it.</summary>
    public string Name { get; }

    /// <summary>The event type this sub-event type belongs to.</summary>
    public EventType EventType { get; }

    /// <summary>The disorder type this sub-event type implies ("Political violence; Demonstrations" for a violent demonstration).</summary>
    public string DisorderType { get; }

    /// <summary>
    /// Whether the act, told in the story of an event of political violence, still tells who faced whom (taxonomy.tsv's
    /// roles column): not a strategic development that acts on no one, a base set up or reinforcements sent.
    /// </summary>
    public bool GivesRoles { get; }

    /// <summary>Each disorder type <see cref="DisorderType"/> names: two for a violent demonstration, one otherwise.</summary>
    public IEnumerable<string> DisorderTypes => DisorderType.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public bool Equals(SubEventType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
    public override string ToString() => Name;

    /// <summary>The sub-event type named <paramref name="name"/> (any case, outer spaces ignored), or null when it is none of the taxonomy's.</summary>
    public static SubEventType? TryParse(string? name) => Taxonomy.Acled.Find(name);

    /// <summary>The sub-event type named <paramref name="name"/>; a name the taxonomy lacks is a broken precondition.</summary>
    public static SubEventType Parse(string name) =>
        TryParse(name) ?? throw new ArgumentException($"'{name}' is not one of ACLED's sub-event types.", nameof(name));

    /// <summary>Every sub-event type, in the taxonomy's order.</summary>
    public static IReadOnlyList<SubEventType> All => Taxonomy.Acled.SubEventTypes;

    // The sub-event types the engine's mechanisms name (a rule that turns one into another, a test on one kind of act),
    // resolved against the taxonomy when it loads: a taxonomy that lacks one fails to load. The rest come from data only.
    public static SubEventType ArmedClash => Taxonomy.Acled.Known.ArmedClash;
    public static SubEventType GovernmentRegainsTerritory => Taxonomy.Acled.Known.GovernmentRegainsTerritory;
    public static SubEventType NonStateActorOvertakesTerritory => Taxonomy.Acled.Known.NonStateActorOvertakesTerritory;
    public static SubEventType AirDroneStrike => Taxonomy.Acled.Known.AirDroneStrike;
    public static SubEventType Shelling => Taxonomy.Acled.Known.Shelling;
    public static SubEventType Attack => Taxonomy.Acled.Known.Attack;
    public static SubEventType Abduction => Taxonomy.Acled.Known.Abduction;
    public static SubEventType PeacefulProtest => Taxonomy.Acled.Known.PeacefulProtest;
    public static SubEventType ProtestWithIntervention => Taxonomy.Acled.Known.ProtestWithIntervention;
    public static SubEventType ExcessiveForce => Taxonomy.Acled.Known.ExcessiveForce;
    public static SubEventType ViolentDemonstration => Taxonomy.Acled.Known.ViolentDemonstration;
    public static SubEventType MobViolence => Taxonomy.Acled.Known.MobViolence;
    public static SubEventType Agreement => Taxonomy.Acled.Known.Agreement;
    public static SubEventType Arrests => Taxonomy.Acled.Known.Arrests;
    public static SubEventType Looting => Taxonomy.Acled.Known.Looting;
    public static SubEventType DisruptedWeaponsUse => Taxonomy.Acled.Known.DisruptedWeaponsUse;

    /// <summary>Whether this is a demonstration's type: a protest or a riot.</summary>
    public bool IsDemonstration => EventType.IsDemonstration;

    /// <summary>Whether this is a battle over territory: the state regains it or a non-state actor overtakes it.</summary>
    public bool IsTerritorial => this == GovernmentRegainsTerritory || this == NonStateActorOvertakesTerritory;
}
