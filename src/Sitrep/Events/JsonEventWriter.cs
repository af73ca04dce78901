using System.Text.Json;

namespace Sitrep.Events;

/// <summary>Events as a readable JSON array, or as JSON lines (one compact event a line).</summary>
public sealed class JsonEventWriter(TextWriter output, bool lines) : IEventWriter
{
    private int _count;

    public void Write(CodedEvent e)
    {
        if (lines)
        {
            output.WriteLine(JsonSerializer.Serialize(e, EventJson.Compact));
            return;
        }
        output.Write(_count == 0 ? "[\n" : ",\n");
        output.Write(JsonSerializer.Serialize(e, EventJson.Indented));
        _count++;
    }

    public void Complete()
    {
        if (!lines) output.WriteLine(_count == 0 ? "[]" : "\n]");
        output.Flush();
    }
}
