namespace Sitrep.Documents;

/// <summary>The catalogue of expected failures (the kind of a <see cref="Problem"/>); the CLI and the API show the same titles.</summary>
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
    /// <summary>A document's language is not a code such as <c>en</c>, or no language pack ships for it.</summary>
    InvalidLanguage,
    UnsupportedFormat,
    ReadFailed,
    /// <summary>A query or request parameter the API cannot read.</summary>
    InvalidParameter,
    /// <summary>What was asked for is not in the store.</summary>
    NotFound,
    /// <summary>The request lacks the credentials it needs.</summary>
    Unauthorized,
    /// <summary>The server does not allow the request at all.</summary>
    Forbidden,
    /// <summary>A document was read but a stage of the coder failed on it (a bug): the batch goes on without it.</summary>
    CodingFailed,
}
