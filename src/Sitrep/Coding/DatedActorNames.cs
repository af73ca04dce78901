using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Sitrep.Events;
using Sitrep.Gazetteer;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// ACLED's names that follow from the event's date (data/acled/state-forces.tsv, renamed-actors.tsv): a state's forces
/// carry the years of the regime they served ("Military Forces of Mali" on 10 June 2021 is "Military Forces of Mali
/// (2021-)"), and a group renamed, or become a state's forces, is named as it was on the day. Made once per resources,
/// since the names without years are filled with the gazetteer's country names.
/// </summary>
public sealed partial class DatedActorNames
{
    /// <summary>The rule that gives a state's forces the years of the regime of the event's day.</summary>
    public const string RegimeRule = "state-forces-of-regime";
    /// <summary>The rule that names an actor renamed, or become a state's forces, as it was on the event's day.</summary>
    public const string RenamedRule = "renamed-actor";

    private static readonly ConditionalWeakTable<CodingResources, DatedActorNames> ByResources = new();

    /// <summary>The regimes of each name without years ("Police Forces of the Philippines"), in the table's order.</summary>
    private readonly Dictionary<string, List<StateForceRegime>> _regimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RenamedActor> _byOldName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RenamedActor> _byNewName = new(StringComparer.Ordinal);
    /// <summary>The names of units without years ("Military Forces of Afghanistan Special Forces"): their forces' and the unit's words after them.</summary>
    private readonly Dictionary<string, (string Forces, string Unit)> _units = new(StringComparer.Ordinal);

    public DatedActorNames(Lexicon lex, GazetteerIndex gaz)
    {
        foreach (var regime in lex.Codebook.Regimes)
        {
            // A country the gazetteer does not know gives no name to date: its forces are named without a country.
            if (gaz.Country(regime.Country) is null) continue;
            var undated = ActorResolver.Fill(lex.Codebook[regime.Kind].Template, regime.Country, gaz, lex);
            if (!_regimes.TryGetValue(undated, out var list)) _regimes[undated] = list = [];
            list.Add(regime);
            // A unit ACLED names in the regime's state takes the regime's years between its force's name and its own.
            foreach (var unit in lex.Codebook.Units.Values)
                if (unit.In(regime.Country) is { Named: true } named && named.Force == regime.Kind)
                    _units[ActorResolver.UnitName(unit, regime.Country, gaz, lex)] = (undated, " " + unit.Name);
        }
        foreach (var renamed in lex.Codebook.Renamed)
        {
            _byOldName[renamed.Name] = renamed;
            if (renamed.NameOnly) _byNewName[renamed.Renamed] = renamed;
        }
    }

    /// <summary>The names for <paramref name="resources"/>, made on first use and shared by every thread.</summary>
    public static DatedActorNames For(CodingResources resources) => ByResources.GetValue(resources, r => new DatedActorNames(r.Lexicon, r.Gazetteer));

    /// <summary>
    /// <paramref name="actors"/> as ACLED names them on <paramref name="day"/> in an event of <paramref name="eventCountry"/>,
    /// with the rules that renamed them in <see cref="ResolvedActors.DatedBy"/>; unchanged without a day.
    /// </summary>
    public ResolvedActors Apply(ResolvedActors actors, DateOnly? day, string? eventCountry)
    {
        if (day is not DateOnly d) return actors;
        var fired = ImmutableArray.CreateBuilder<ActorRenaming>();
        var (actor1, inter1) = On(d, "actor1", actors.Actor1, actors.Inter1, eventCountry, fired);
        var (actor2, inter2) = On(d, "actor2", actors.Actor2, actors.Inter2, eventCountry, fired);
        var assoc1 = Associated(d, "assoc_actor_1", actors.AssocActor1, eventCountry, fired);
        var assoc2 = Associated(d, "assoc_actor_2", actors.AssocActor2, eventCountry, fired);
        if (fired.Count == 0) return actors;
        return actors with
        {
            Actor1 = actor1, Inter1 = inter1, AssocActor1 = assoc1,
            Actor2 = actor2, Inter2 = inter2, AssocActor2 = assoc2,
            DatedBy = actors.DatedBy.AddRange(fired),
        };
    }

    /// <summary>
    /// The name and inter code of an actor named <paramref name="name"/> on <paramref name="day"/>: first as renamed, then
    /// with the years of its state's regime; each rule that changed it is added to <paramref name="fired"/> for <paramref name="field"/>.
    /// </summary>
    public (string Name, Inter Inter) On(DateOnly day, string field, string name, Inter inter, string? eventCountry, ImmutableArray<ActorRenaming>.Builder fired)
    {
        if (name.Length == 0) return (name, inter);
        if (_byOldName.TryGetValue(name, out var renamed) && day >= renamed.From)
        {
            fired.Add(new ActorRenaming(field, RenamedRule, name, renamed.Renamed));
            (name, inter) = (renamed.Renamed, renamed.InterIn(eventCountry, inter));
        }
        else if (_byNewName.TryGetValue(name, out var before) && day < before.From)
        {
            fired.Add(new ActorRenaming(field, RenamedRule, name, before.Name));
            name = before.Name;
        }
        var (forces, unit) = (name, "");
        if (_units.TryGetValue(name, out var named)) (forces, unit) = named;
        else if (!_regimes.ContainsKey(name) && WrittenYears().Match(name) is { Success: true } m && _regimes.TryGetValue(m.Groups[1].Value, out var written)
            && written.Any(r => r.From.Year.ToString(CultureInfo.InvariantCulture) == m.Groups[2].Value))
            (forces, unit) = (m.Groups[1].Value, m.Groups[3].Value);
        if (_regimes.TryGetValue(forces, out var regimes) && regimes.FirstOrDefault(r => r.Covers(day)) is { } regime && regime.Dated(forces) + unit is var dated && dated != name)
        {
            fired.Add(new ActorRenaming(field, RegimeRule, name, dated));
            name = dated;
        }
        return (name, inter);
    }

    /// <summary>
    /// A name written with a regime's years, alone or before a unit ("Police Forces of Mexico (2018-) State Police"): such a
    /// name takes the years of the regime of the event's day, but only where its years are those of one of the table's
    /// regimes of its forces, so a faction named with years of its own ("Military Forces of Yemen (2016-) Supreme Political
    /// Council") stays as written.
    /// </summary>
    /// <remarks>Groups: 1 the forces without years, 2 the first year, 3 the unit after the years.</remarks>
    [GeneratedRegex(@"^(.+?) \((\d{4})-(?:\d{4})?\)(.*)$")]
    private static partial Regex WrittenYears();

    /// <summary>Associated actors ("A; B") each named as on <paramref name="day"/>.</summary>
    private string Associated(DateOnly day, string field, string names, string? eventCountry, ImmutableArray<ActorRenaming>.Builder fired) =>
        names.Length == 0 ? names
            : string.Join(ResolvedActors.AssocSeparator, names.Split(ResolvedActors.AssocSeparator).Select(n => On(day, field, n, Inter.None, eventCountry, fired).Name));
}
