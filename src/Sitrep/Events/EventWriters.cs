namespace Sitrep.Events;

/// <summary>Creates the writer for a format.</summary>
public static class EventWriters
{
    public static IEventWriter Create(EventFormat format, TextWriter output) => format switch
    {
        EventFormat.Json => new JsonEventWriter(output, lines: false),
        EventFormat.Jsonl => new JsonEventWriter(output, lines: true),
        EventFormat.Csv => new AcledCsvWriter(output),
        EventFormat.GeoJson => new GeoJsonEventWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
