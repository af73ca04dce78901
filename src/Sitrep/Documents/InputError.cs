namespace Sitrep.Documents;

/// <summary>
/// Why an input could not be read, with where: the file and, for line-based inputs,
/// the 1-based line. <see cref="ToString"/> is the one-line message users see.
/// </summary>
public sealed record InputError(ErrorCode Code, string File, int? Line, string Detail)
{
    public override string ToString() =>
        Line is int line ? $"{File}:{line}: {ErrorCatalog.Title(Code)}: {Detail}" : $"{File}: {ErrorCatalog.Title(Code)}: {Detail}";
}
