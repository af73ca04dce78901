namespace Sitrep.Events;

/// <summary>Writes events to a stream as they come; <see cref="Complete"/> closes the document (array, collection).</summary>
public interface IEventWriter
{
    void Write(CodedEvent e);
    void Complete();
}
