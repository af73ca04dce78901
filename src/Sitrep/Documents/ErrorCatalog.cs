namespace Sitrep.Documents;

/// <summary>Human titles and stable identifiers for every <see cref="ErrorCode"/>.</summary>
public static class ErrorCatalog
{
    public static string Title(ErrorCode code) => code switch
    {
        ErrorCode.FileNotFound => "file not found",
        ErrorCode.EmptyInput => "empty input",
        ErrorCode.BinaryInput => "binary input",
        ErrorCode.InvalidUtf8 => "invalid UTF-8",
        ErrorCode.InputTooLarge => "input too large",
        ErrorCode.MalformedJson => "malformed JSON",
        ErrorCode.MissingField => "missing field",
        ErrorCode.InvalidDate => "invalid date",
        ErrorCode.UnsupportedFormat => "unsupported format",
        ErrorCode.ReadFailed => "read failed",
        _ => code.ToString(),
    };
}
