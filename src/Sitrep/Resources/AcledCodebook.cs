using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// ACLED's conventions the coder follows whatever the language of the text, read from <c>data/acled/</c>: the names of
/// actors it names by kind (actor-names.tsv), the precedence between sub-event types told together (type-precedence.tsv),
/// the sub-event types the actors make (type-by-actor.tsv), the other side of a battle told with one (other-side.tsv),
/// how its tags are written (tags.tsv), and the names that depend on the event's date: a state's forces by the regime
/// they served (state-forces.tsv) and actors renamed from a day on (renamed-actors.tsv); and the units of a state's forces
/// ACLED names after their force (state-force-units.tsv).
/// </summary>
public sealed class AcledCodebook
{
    private readonly IReadOnlyDictionary<ActorKind, ActorName> _names;
    private readonly IReadOnlySet<SubEventType> _outrankedByHarm;
    private readonly IReadOnlySet<SubEventType> _contextOnly;
    private readonly string _crowdSize;
    private readonly IReadOnlyDictionary<Inter, OtherSide> _otherSides;

    /// <summary>The placeholder of the crowd's size in the crowd-size tag.</summary>
    public const string SizePlaceholder = "{size}";

    /// <summary>The tag of a demonstration whose crowd numbered <paramref name="size"/>, as the report gives it.</summary>
    public string CrowdSize(string size) => _crowdSize.Replace(SizePlaceholder, size, StringComparison.Ordinal);

    /// <summary>The tag of a demonstration whose report gives no crowd size.</summary>
    public string CrowdSizeUnreported { get; }

    private AcledCodebook(IReadOnlyDictionary<ActorKind, ActorName> names, IReadOnlyList<SubEventType> harm, IReadOnlySet<SubEventType> outrankedByHarm, IReadOnlySet<SubEventType> contextOnly,
        string crowdSize, string crowdSizeUnreported, IReadOnlyList<TypeByActorRule> typeByActor, IReadOnlyDictionary<Inter, OtherSide> otherSides,
        IReadOnlyList<StateForceRegime> regimes, IReadOnlyList<RenamedActor> renamed, IReadOnlyDictionary<string, StateForceUnit> units)
    {
        Units = units;
        Regimes = regimes;
        Renamed = renamed;
        TypeByActor = typeByActor;
        _otherSides = otherSides;
        _crowdSize = crowdSize;
        CrowdSizeUnreported = crowdSizeUnreported;
        _names = names;
        HarmPrecedence = harm;
        _outrankedByHarm = outrankedByHarm;
        _contextOnly = contextOnly;
    }

    /// <summary>state-forces.tsv: the names of states' forces by the regime they served, a row per kind of force.</summary>
    public IReadOnlyList<StateForceRegime> Regimes { get; }

    /// <summary>state-force-units.tsv: the units of states' forces by ACLED's name of the unit ("Special Forces").</summary>
    public IReadOnlyDictionary<string, StateForceUnit> Units { get; }

    /// <summary>renamed-actors.tsv: the actors renamed, or turned state forces, from a day on.</summary>
    public IReadOnlyList<RenamedActor> Renamed { get; }

    /// <summary>ACLED's name for actors of <paramref name="kind"/>.</summary>
    public ActorName this[ActorKind kind] => _names[kind];

    /// <summary>The harms to people ACLED codes before the acts they outrank, gravest first.</summary>
    public IReadOnlyList<SubEventType> HarmPrecedence { get; }

    /// <summary>Whether <paramref name="subType"/> is coded only when no harm to people is told with it (arrests, looting).</summary>
    public bool IsOutrankedByHarm(SubEventType subType) => _outrankedByHarm.Contains(subType);

    /// <summary>type-by-actor.tsv: the rules by which the actors change the sub-event type, in the order they are tried.</summary>
    public IReadOnlyList<TypeByActorRule> TypeByActor { get; }

    /// <summary>other-side.tsv: the other side ACLED codes in a battle whose text names only a side of inter code <paramref name="inter"/>; null when it codes none.</summary>
    public OtherSide? OtherSideOf(Inter inter) => _otherSides.GetValueOrDefault(inter);

    /// <summary>Whether <paramref name="subType"/> is a strategic development coded only where no violence or demonstration is told.</summary>
    public bool IsContextOnly(SubEventType subType) => _contextOnly.Contains(subType);

    public static AcledCodebook Load(string dataDirectory)
    {
        var dir = Path.Combine(dataDirectory, "acled");
        var namesFile = Path.Combine(dir, "actor-names.tsv");
        var byKind = Enum.GetValues<ActorKind>().ToDictionary(k => WordClasses.Kebab(k.ToString()), k => k, StringComparer.Ordinal);
        var names = new Dictionary<ActorKind, ActorName>();
        foreach (var (line, f) in TsvFile.Read(namesFile, 3))
        {
            if (!byKind.TryGetValue(f[0], out var kind))
                throw new ResourceFormatException(namesFile, line, $"'{f[0]}' is not an actor kind ({string.Join(", ", byKind.Keys)})");
            if (!InterCodes.TryParseActor(f[2], out var inter))
                throw new ResourceFormatException(namesFile, line, $"inter '{f[2]}' is not a code from 1 to 8");
            var name = new ActorName(f[1], inter, f.Length > 3 ? f[3] : "");
            if (name.HasGroup != (name.Unnamed.Length > 0))
                throw new ResourceFormatException(namesFile, line, $"a name with {ActorName.GroupPlaceholder} needs the word ACLED writes for a group the text leaves unnamed, and only such a name has one");
            names[kind] = name;
        }
        foreach (var (name, kind) in byKind)
            if (!names.ContainsKey(kind)) throw new ResourceFormatException(namesFile, 0, $"no name for the actor kind '{name}'");

        var precedenceFile = Path.Combine(dir, "type-precedence.tsv");
        var harm = new List<SubEventType>();
        var outranked = new HashSet<SubEventType>();
        var context = new HashSet<SubEventType>();
        foreach (var (line, f) in TsvFile.Read(precedenceFile, 2))
        {
            var subType = SubEventType.TryParse(f[1]) ?? throw new ResourceFormatException(precedenceFile, line, $"'{f[1]}' is not one of ACLED's sub-event types");
            switch (f[0])
            {
                case "harm": harm.Add(subType); break;
                case "outranked-by-harm": outranked.Add(subType); break;
                case "context-only": context.Add(subType); break;
                default: throw new ResourceFormatException(precedenceFile, line, $"rule '{f[0]}' is none of harm, outranked-by-harm, context-only");
            }
        }
        var tagsFile = Path.Combine(dir, "tags.tsv");
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, f) in TsvFile.Read(tagsFile, 2))
        {
            if (f[0] is not ("crowd-size" or "crowd-size-unreported"))
                throw new ResourceFormatException(tagsFile, line, $"tag '{f[0]}' is none of crowd-size, crowd-size-unreported");
            if (f[0] == "crowd-size" && !f[1].Contains(SizePlaceholder, StringComparison.Ordinal))
                throw new ResourceFormatException(tagsFile, line, $"the crowd-size tag must hold {SizePlaceholder}, where the size goes");
            tags[f[0]] = f[1];
        }
        foreach (var kind in new[] { "crowd-size", "crowd-size-unreported" })
            if (!tags.ContainsKey(kind)) throw new ResourceFormatException(tagsFile, 0, $"no '{kind}' tag");
        return new AcledCodebook(names, harm, outranked, context, tags["crowd-size"], tags["crowd-size-unreported"], LoadTypeByActor(Path.Combine(dir, "type-by-actor.tsv")),
            LoadOtherSides(Path.Combine(dir, "other-side.tsv"), byKind),
            StateForceRegime.Load(Path.Combine(dir, "state-forces.tsv"), names, byKind), RenamedActor.Load(Path.Combine(dir, "renamed-actors.tsv")),
            StateForceUnit.Load(Path.Combine(dir, "state-force-units.tsv"), names, byKind));
    }

    /// <summary>The rows of other-side.tsv by the inter code of the side named; a bad code, an unknown kind or a code given twice is an error naming its line.</summary>
    private static Dictionary<Inter, OtherSide> LoadOtherSides(string file, IReadOnlyDictionary<string, ActorKind> byKind)
    {
        var sides = new Dictionary<Inter, OtherSide>();
        foreach (var (line, f) in TsvFile.Read(file, 3))
        {
            if (!InterCodes.TryParseActor(f[1], out var inter))
                throw new ResourceFormatException(file, line, $"inter '{f[1]}' is not a code from 1 to 8");
            ActorKind? kind = f[2] == "unnamed-actor" ? null
                : byKind.TryGetValue(f[2], out var k) ? k
                : throw new ResourceFormatException(file, line, $"'{f[2]}' is neither 'unnamed-actor' nor an actor kind ({string.Join(", ", byKind.Keys)})");
            if (!sides.TryAdd(inter, new OtherSide(f[0], inter, kind)))
                throw new ResourceFormatException(file, line, $"inter {(int)inter} has a row already");
        }
        return sides;
    }

    /// <summary>The rows of type-by-actor.tsv; a sub-event type or actor class the file misnames is an error naming its line.</summary>
    private static List<TypeByActorRule> LoadTypeByActor(string file)
    {
        var rules = new List<TypeByActorRule>();
        foreach (var (line, f) in TsvFile.Read(file, 5))
        {
            SubEventType SubType(string name) => SubEventType.TryParse(name) ?? throw new ResourceFormatException(file, line, $"'{name}' is not one of ACLED's sub-event types");
            ActorCondition Condition(string cell) => ActorCondition.Parse(cell) ?? throw new ResourceFormatException(file, line,
                $"'{cell}' is no actor condition (*, a class or ! and a class: {string.Join(", ", Enum.GetValues<ActorClass>().Select(c => WordClasses.Kebab(c.ToString())))})");
            var from = f[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SubType).ToHashSet();
            rules.Add(new TypeByActorRule(f[0], from, Condition(f[2]), Condition(f[3]), SubType(f[4]), line));
        }
        return rules;
    }
}
