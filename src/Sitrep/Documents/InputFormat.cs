namespace Sitrep.Documents;

/// <summary>How an input's bytes are read; <see cref="Auto"/> goes by the file extension.</summary>
public enum InputFormat
{
    Auto,
    Text,
    Html,
    Jsonl,
}
