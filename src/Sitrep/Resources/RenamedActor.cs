using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// A row of data/acled/renamed-actors.tsv: ACLED names the actor <see cref="Name"/> <see cref="Renamed"/> from
/// <see cref="From"/> on, with the inter code <see cref="Inter"/> (null: unchanged). With <see cref="Inter.State"/>, the
/// actor became the forces of <see cref="Country"/>, external forces in another country's events.
/// </summary>
public sealed record RenamedActor(string Name, DateOnly From, string Renamed, Inter? Inter, string? Country, int Line)
{
    /// <summary>Only the name changed: a text that already uses the new name before the day is named the old way.</summary>
    public bool NameOnly => Inter is null;

    /// <summary>The inter code from <see cref="From"/> on in an event of <paramref name="eventCountry"/>, given the one the actor had.</summary>
    public Inter InterIn(string? eventCountry, Inter before) => Inter switch
    {
        null => before,
        Events.Inter.State when Country is not null && eventCountry is not null && Country != eventCountry => Events.Inter.External,
        { } after => after,
    };

    /// <summary>The rows of <paramref name="file"/>; a bad day or inter code, or a state change that names no state, is an error naming its line.</summary>
    internal static List<RenamedActor> Load(string file)
    {
        var renamed = new List<RenamedActor>();
        foreach (var (line, f) in TsvFile.Read(file, 3))
        {
            var from = StateForceRegime.Day(file, line, f[1]) ?? throw new ResourceFormatException(file, line, $"a renaming needs the day it holds from ({StateForceRegime.DayFormat})");
            Inter? inter = f.Length > 3 && f[3].Length > 0
                ? InterCodes.TryParseActor(f[3], out var code) ? code : throw new ResourceFormatException(file, line, $"inter '{f[3]}' is not a code from 1 to 8")
                : null;
            var country = f.Length > 4 && f[4].Length > 0 ? f[4] : null;
            if (inter == Events.Inter.State && country is null) throw new ResourceFormatException(file, line, "an actor that became state forces needs the state it serves (country)");
            if (renamed.Any(r => r.Name == f[0])) throw new ResourceFormatException(file, line, $"'{f[0]}' is renamed twice");
            renamed.Add(new RenamedActor(f[0], from, f[2], inter, country, line));
        }
        return renamed;
    }
}
