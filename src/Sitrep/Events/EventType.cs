namespace Sitrep.Events;

/// <summary>
/// One of ACLED's event types ("Battles"), an entry of the taxonomy read from data/acled/taxonomy.tsv. Only the taxonomy
/// makes one, once, so two are equal only when they are the same entry; a name is matched case-insensitively only when
/// it is parsed (<see cref="TryParse"/>), and <see cref="Name"/> is always ACLED's spelling.
/// </summary>
public sealed record EventType
{
    internal EventType(string name) => Name = name;

    /// <summary>ACLED's spelling, as the exports write it.</summary>
    public string Name { get; }

    public bool Equals(EventType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);
    public override string ToString() => Name;

    /// <summary>The event type named <paramref name="name"/> (any case), or null when it is none of the taxonomy's.</summary>
    public static EventType? TryParse(string? name) => Taxonomy.Acled.FindEventType(name);

    /// <summary>Every event type, in the taxonomy's order.</summary>
    public static IReadOnlyList<EventType> All => Taxonomy.Acled.EventTypes;

    // The event types the engine's mechanisms name (a rule for demonstrations, the violence a harm outranks), resolved
    // against the taxonomy when it loads: a taxonomy that lacks one fails to load.
    public static EventType Battles => Taxonomy.Acled.Known.Battles;
    public static EventType Explosions => Taxonomy.Acled.Known.Explosions;
    public static EventType ViolenceAgainstCivilians => Taxonomy.Acled.Known.ViolenceAgainstCivilians;
    public static EventType Protests => Taxonomy.Acled.Known.Protests;
    public static EventType Riots => Taxonomy.Acled.Known.Riots;
    public static EventType StrategicDevelopments => Taxonomy.Acled.Known.StrategicDevelopments;

    /// <summary>Whether this is a demonstration's type: a protest or a riot.</summary>
    public bool IsDemonstration => this == Protests || this == Riots;
}
