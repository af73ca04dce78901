namespace Sitrep.Documents;

/// <summary>
/// One item read from an input: either a document or the reason it could not be read.
/// Bad input is an expected outcome, not an exception: a batch goes on past it.
/// </summary>
public sealed record ReadResult
{
    private ReadResult(Document? document, Problem? error)
    {
        Document = document;
        Error = error;
    }

    public Document? Document { get; }
    public Problem? Error { get; }
    public bool IsSuccess => Document is not null;

    public static ReadResult Success(Document document) => new(document ?? throw new ArgumentNullException(nameof(document)), null);
    public static ReadResult Failure(Problem error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
