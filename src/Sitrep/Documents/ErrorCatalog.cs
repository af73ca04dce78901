namespace Sitrep.Documents;

/// <summary>
/// Human titles and stable identifiers for every <see cref="ErrorCode"/>: the CLI prints the title, the API answers
/// with the title and, as the problem's type, the slug (RFC 9457), so scripts can match either surface on one name.
/// </summary>
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
        ErrorCode.InvalidLanguage => "invalid language",
        ErrorCode.UnsupportedFormat => "unsupported format",
        ErrorCode.ReadFailed => "read failed",
        ErrorCode.InvalidParameter => "invalid parameter",
        ErrorCode.NotFound => "not found",
        ErrorCode.Unauthorized => "unauthorized",
        ErrorCode.Forbidden => "forbidden",
        ErrorCode.CodingFailed => "coding failed",
        _ => code.ToString(),
    };

    /// <summary>The HTTP status the API answers a problem of this kind with.</summary>
    public static int Status(ErrorCode code) => code switch
    {
        ErrorCode.NotFound or ErrorCode.FileNotFound => 404,
        ErrorCode.Unauthorized => 401,
        ErrorCode.Forbidden => 403,
        ErrorCode.InputTooLarge => 413,
        ErrorCode.CodingFailed or ErrorCode.ReadFailed => 500,
        _ => 400,
    };

    /// <summary>The code's stable identifier in kebab case ("invalid-date"): the last segment of the API's problem type.</summary>
    public static string Slug(ErrorCode code) =>
        System.Text.RegularExpressions.Regex.Replace(code.ToString(), "(?<=[a-z0-9])([A-Z])", "-$1").ToLowerInvariant();
}
