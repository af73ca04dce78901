using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Codes documents into events. Coding is a pure function of the document and the resources:
/// the same input always gives the same events, so batches can run in parallel.
/// </summary>
public sealed class Coder(CodingResources resources, CodingPipeline? pipeline = null, SubEventClassifier? classifier = null)
{
    public CodingResources Resources { get; } = resources;
    public CodingPipeline Pipeline { get; } = pipeline ?? CodingPipeline.Default;
    /// <summary>A model trained with <c>sitrep train</c> that decides event types where it is confident; null for the rules alone.</summary>
    public SubEventClassifier? Classifier { get; } = classifier;

    public IReadOnlyList<CodedEvent> Code(Document document) =>
        EventBuilder.Build(Pipeline.Annotate(document, Resources), Resources, Classifier);
}
