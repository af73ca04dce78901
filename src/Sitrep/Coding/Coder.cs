using System.Diagnostics;
using Sitrep.Coding.Resolve;
using Sitrep.Documents;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Codes documents into events: the annotation pipeline, then the resolution pipeline over each event frame.
/// Coding is a pure function of the document and the resources: the same input always gives the same events,
/// so batches can run in parallel. Each document is coded with the resources of its own language
/// (<see cref="CodingResources.For"/>), so one batch may mix languages; the events are in ACLED's English field
/// values whatever the language, and their evidence spans index the document's own text.
/// </summary>
public sealed class Coder(CodingResources resources, CodingPipeline? pipeline = null, SubEventClassifier? classifier = null)
{
    public CodingResources Resources { get; } = resources;
    public CodingPipeline Pipeline { get; } = pipeline ?? CodingPipeline.Default;
    /// <summary>A model trained with <c>sitrep train</c> that decides event types where it is confident; null for the rules alone.</summary>
    public SubEventClassifier? Classifier { get; } = classifier;
    public ResolutionPipeline Resolution { get; } = ResolutionPipeline.For(classifier);
    /// <summary>Whether each event lists the named rules that set its fields (<see cref="CodedEvent.Rules"/>).</summary>
    public bool Trace { get; init; }

    /// <param name="profile">Where to add the time of each stage (the language's choice, each annotation and resolution stage); null measures nothing.</param>
    public IReadOnlyList<CodedEvent> Code(Document document, StageProfile? profile = null)
    {
        long start = profile is null ? 0 : Stopwatch.GetTimestamp();
        var resources = Resources.For(document);
        profile?.Add(LanguageStage, start);
        // The document goes through the stages with the language it is coded in, which later stages may read.
        return Resolve(Pipeline.Annotate(document with { Language = resources.Language }, resources, profile), resources, profile);
    }

    /// <summary>The name <see cref="StageProfile"/> gives the choice of a document's language and its resources.</summary>
    public const string LanguageStage = "language-choice";

    /// <summary>The events of a document already annotated by <see cref="Pipeline"/> with <paramref name="resources"/>.</summary>
    public IReadOnlyList<CodedEvent> Resolve(AnnotatedDocument doc, CodingResources resources, StageProfile? profile = null) =>
        // The classifier learnt its words from text in the coder's own language; elsewhere the rules decide alone.
        (resources.Language == Resources.Language ? Resolution : ResolutionPipeline.Default).Resolve(doc, resources, Trace, profile);
}
