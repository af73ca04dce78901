namespace Sitrep.Documents;

/// <summary>The catalogue of expected failures; the CLI and the API show the same titles.</summary>
public enum ErrorCode
{
    FileNotFound,
    EmptyInput,
    BinaryInput,
    InvalidUtf8,
    InputTooLarge,
    MalformedJson,
    MissingField,
    InvalidDate,
    UnsupportedFormat,
    ReadFailed,
}
