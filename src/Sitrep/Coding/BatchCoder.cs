using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>
/// Codes a stream of documents in parallel and yields results in input order. A document that
/// cannot be read, or whose coding fails, becomes an error result; the batch goes on.
/// </summary>
public static class BatchCoder
{
    public static IEnumerable<BatchResult> Code(IEnumerable<ReadResult> inputs, Coder coder, int parallelism = 0)
    {
        int degree = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        return inputs
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(degree)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(r => CodeOne(r, coder));
    }

    public static BatchResult CodeOne(ReadResult input, Coder coder)
    {
        if (input.Error is { } error) return new BatchResult(null, [], error);
        var doc = input.Document!;
        if (doc.Language is { } language && !coder.Resources.Supports(language))
            return new BatchResult(doc, [], new Problem(ErrorCode.InvalidLanguage, doc.Id, null,
                $"no language pack for '{language}'; the data folder has {string.Join(", ", coder.Resources.Languages)}"));
        try
        {
            return new BatchResult(doc, coder.Code(doc), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in a stage must not lose the rest of the batch; report it against the document.
            return new BatchResult(doc, [], new Problem(ErrorCode.CodingFailed, doc.Id, null, $"{e.GetType().Name}: {e.Message}"));
        }
    }
}
