using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// A unit of a state's forces from data/acled/state-force-units.tsv: ACLED names it after its force ("Military Forces of
/// Afghanistan (2014-2021) Special Forces") in the states of <see cref="Rows"/> that list it, and folds it into a force
/// elsewhere: the force of the row for every other state ('*'), else of its first row.
/// </summary>
public sealed record StateForceUnit(string Name, IReadOnlyList<StateForceUnit.Row> Rows)
{
    /// <summary>The countries cell of the row that folds the unit into its force in every state no other row lists.</summary>
    public const string Elsewhere = "*";

    /// <summary>Where a pack's actor names a unit: "{forces} " and the unit's name ("{forces} Special Forces").</summary>
    public const string ForcesPlaceholder = "{forces} ";

    /// <summary>The unit belongs to the forces of <paramref name="Force"/> in <paramref name="Countries"/> (empty: every state no other row lists, folded).</summary>
    public sealed record Row(ActorKind Force, IReadOnlySet<string> Countries, int Line);

    /// <summary>
    /// The force the unit belongs to in <paramref name="country"/> (ISO alpha-2; null when unknown), and whether ACLED
    /// names the unit there rather than folding it into that force.
    /// </summary>
    public (ActorKind Force, bool Named) In(string? country)
    {
        if (country is not null && Rows.FirstOrDefault(r => r.Countries.Contains(country)) is { } row) return (row.Force, true);
        return ((Rows.FirstOrDefault(r => r.Countries.Count == 0) ?? Rows[0]).Force, false);
    }

    /// <summary>
    /// The units of <paramref name="file"/> by name. A force that is no kind of state forces, a unit listed twice for one
    /// state, or two '*' rows for one unit are errors naming the line.
    /// </summary>
    internal static Dictionary<string, StateForceUnit> Load(string file, IReadOnlyDictionary<ActorKind, ActorName> names, IReadOnlyDictionary<string, ActorKind> byKind)
    {
        var rows = new Dictionary<string, List<Row>>(StringComparer.Ordinal);
        foreach (var (line, f) in TsvFile.Read(file, 3))
        {
            if (!byKind.TryGetValue(f[1], out var force) || names[force].Inter != Inter.State)
                throw new ResourceFormatException(file, line, $"'{f[1]}' is no kind of state forces ({string.Join(", ", byKind.Where(k => names[k.Value].Inter == Inter.State).Select(k => k.Key))})");
            var countries = f[2] == Elsewhere ? new HashSet<string>(StringComparer.Ordinal)
                : f[2].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            if (f[2] != Elsewhere && countries.Count == 0) throw new ResourceFormatException(file, line, $"a unit needs the states where ACLED names it, or '{Elsewhere}'");
            if (!rows.TryGetValue(f[0], out var list)) rows[f[0]] = list = [];
            if (list.FirstOrDefault(r => countries.Count == 0 ? r.Countries.Count == 0 : r.Countries.Overlaps(countries)) is { } other)
                throw new ResourceFormatException(file, line, $"the unit '{f[0]}' has a row for these states already (line {other.Line})");
            list.Add(new Row(force, countries, line));
        }
        return rows.ToDictionary(r => r.Key, r => new StateForceUnit(r.Key, r.Value), StringComparer.Ordinal);
    }
}
