using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// A row of data/acled/state-forces.tsv for one actor kind: ACLED's name for <see cref="Country"/>'s actors of
/// <see cref="Kind"/> while the regime of <see cref="From"/> to <see cref="To"/> (inclusive; null while it holds power)
/// was in power, <see cref="Name"/> holding <see cref="Placeholder"/> where the kind's name without years goes.
/// </summary>
public sealed partial record StateForceRegime(string Country, ActorKind Kind, DateOnly From, DateOnly? To, string Name, int Line)
{
    /// <summary>How the table writes a day.</summary>
    internal const string DayFormat = "yyyy-MM-dd";

    /// <summary>Where the kind's name without years goes in <see cref="Name"/>.</summary>
    public const string Placeholder = "{name}";

    /// <summary>The kinds cell that names every kind of actor-names.tsv whose inter code is state forces.</summary>
    public const string EveryStateKind = "state";

    /// <summary>Whether an event of <paramref name="day"/> falls within the regime.</summary>
    public bool Covers(DateOnly day) => From <= day && (To is not DateOnly to || day <= to);

    /// <summary>ACLED's name for the regime's forces whose name without years is <paramref name="undated"/>.</summary>
    public string Dated(string undated) => Name.Replace(Placeholder, undated, StringComparison.Ordinal);

    /// <summary>
    /// The rows of <paramref name="file"/>, one per kind a line names. A kind the codebook does not know, a date that does
    /// not parse, a name whose years disagree with its dates or two regimes of one force that overlap are errors naming the line.
    /// </summary>
    internal static List<StateForceRegime> Load(string file, IReadOnlyDictionary<ActorKind, ActorName> names, IReadOnlyDictionary<string, ActorKind> byKind)
    {
        var regimes = new List<StateForceRegime>();
        foreach (var (line, f) in TsvFile.Read(file, 5))
        {
            var kinds = f[1] == EveryStateKind
                ? names.Where(n => n.Value.Inter == Inter.State).Select(n => n.Key).Order().ToList()
                : f[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(k => byKind.TryGetValue(k, out var kind) ? kind : throw new ResourceFormatException(file, line, $"'{k}' is neither 'state' nor an actor kind ({string.Join(", ", byKind.Keys)})")).ToList();
            var from = Day(file, line, f[2]) ?? throw new ResourceFormatException(file, line, $"a regime needs the day it took power ({DayFormat})");
            var to = Day(file, line, f[3]);
            if (to < from) throw new ResourceFormatException(file, line, $"the regime ends ({f[3]}) before it begins ({f[2]})");
            var years = $"({from.Year}-{(to is DateOnly end ? end.Year.ToString(CultureInfo.InvariantCulture) : "")})";
            if (!f[4].Contains(Placeholder, StringComparison.Ordinal) || YearRange().Match(f[4]) is not { Success: true } written || written.Value != years)
                throw new ResourceFormatException(file, line, $"the name '{f[4]}' must hold {Placeholder} and the years {years} of its dates");
            foreach (var kind in kinds)
            {
                var row = new StateForceRegime(f[0], kind, from, to, f[4], line);
                if (regimes.FirstOrDefault(r => r.Country == row.Country && r.Kind == kind && r.From <= (row.To ?? DateOnly.MaxValue) && row.From <= (r.To ?? DateOnly.MaxValue)) is { } other)
                    throw new ResourceFormatException(file, line, $"the regime overlaps that of line {other.Line} for the {WordClasses.Kebab(kind.ToString())} of {row.Country}");
                regimes.Add(row);
            }
        }
        return regimes;
    }

    /// <summary>A day written yyyy-mm-dd; null for an empty cell.</summary>
    internal static DateOnly? Day(string file, int line, string cell) =>
        cell.Length == 0 ? null
        : DateOnly.TryParseExact(cell, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new ResourceFormatException(file, line, $"'{cell}' is not a day written yyyy-mm-dd");

    [GeneratedRegex(@"\(\d{4}-(\d{4})?\)")]
    private static partial Regex YearRange();
}
