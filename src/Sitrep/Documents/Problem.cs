namespace Sitrep.Documents;

/// <summary>
/// The one shape of an expected failure, wherever it surfaces: what kind it is (<see cref="Code"/>, from the error
/// catalogue), where (a file, a URL, a document's id or a request parameter, and for line-based inputs the 1-based
/// line) and what is wrong. The CLI prints <see cref="ToString"/> as its one line, the API answers it as an RFC 9457
/// problem (<see cref="Message"/> as the detail, <see cref="Where"/> and <see cref="Line"/> as members), and a batch
/// result carries it for its document.
/// </summary>
public sealed record Problem(ErrorCode Code, string Where, int? Line, string Detail)
{
    /// <summary>A problem with a request parameter (or a field of a posted body), named as the client sent it.</summary>
    public static Problem OfParameter(string name, string detail) => new(ErrorCode.InvalidParameter, name, null, detail);

    /// <summary>Where and what, without the catalogue's title: "file:3: detail", "bbox: detail".</summary>
    public string Message => Line is int line ? $"{Where}:{line}: {Detail}" : Where.Length == 0 ? Detail : $"{Where}: {Detail}";

    /// <summary>The one-line message users see: "file:3: invalid date: detail".</summary>
    public override string ToString() =>
        Line is int line ? $"{Where}:{line}: {ErrorCatalog.Title(Code)}: {Detail}"
        : Where.Length == 0 ? $"{ErrorCatalog.Title(Code)}: {Detail}" : $"{Where}: {ErrorCatalog.Title(Code)}: {Detail}";
}
