namespace Sitrep.Documents;

/// <summary>Options for <see cref="DocumentReader"/>.</summary>
/// <param name="Format">Forces a format; <see cref="InputFormat.Auto"/> goes by extension.</param>
/// <param name="Published">Publication date for single-document inputs that carry none.</param>
/// <param name="MaxDocumentBytes">A document larger than this is refused: no news report is this long,
/// and coding megabytes of text as one article would only produce noise.</param>
/// <param name="Source">The outlet to record for documents that name none.</param>
/// <param name="Language">The language to record for documents that name none (<c>--lang</c>, a source's default);
/// null leaves them to detection.</param>
/// <param name="Country">The country (ISO 3166 alpha-2) to record for documents that name none (<c>--country</c>): where
/// their source reports from.</param>
public sealed record ReadOptions(
    InputFormat Format = InputFormat.Auto,
    DateOnly? Published = null,
    long MaxDocumentBytes = 5 * 1024 * 1024,
    string? Source = null,
    string? Language = null,
    string? Country = null)
{
    public static ReadOptions Default { get; } = new();
}
