namespace Sitrep.Events;

/// <summary>Creates the writer for a format.</summary>
public static class EventWriters
{
    /// <summary>The writer; <paramref name="conventions"/> are how the CSV writes names, inter codes and source scales (default: as coded).</summary>
    public static IEventWriter Create(EventFormat format, TextWriter output, ExportConventions? conventions = null) => format switch
    {
        EventFormat.Json => new JsonEventWriter(output, lines: false),
        EventFormat.Jsonl => new JsonEventWriter(output, lines: true),
        EventFormat.Csv => new AcledCsvWriter(output, conventions),
        EventFormat.GeoJson => new GeoJsonEventWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
