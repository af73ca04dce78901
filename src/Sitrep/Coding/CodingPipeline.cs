using System.Diagnostics;
using Sitrep.Documents;
using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// The ordered stages that annotate a document. The order is checked once, when the pipeline
/// is built: every stage's needs must be set by the stages before it.
/// </summary>
public sealed class CodingPipeline
{
    public IReadOnlyList<ICodingStage> Stages { get; }

    public CodingPipeline(IEnumerable<ICodingStage> stages)
    {
        Stages = stages.ToList();
        var available = Annotation.None;
        foreach (var stage in Stages)
        {
            var missing = stage.Needs & ~available;
            if (missing != Annotation.None)
                throw new InvalidOperationException($"Stage '{stage.Name}' needs {missing}, which no stage before it sets.");
            available |= stage.Sets;
        }
    }

    public static CodingPipeline Default { get; } = new(
    [
        new TokenizerStage(),
        new SentenceStage(),
        new NewsStructureStage(),
        new DateStage(),
        new BackgroundStage(),
        new TriggerStage(),
        new ActorStage(),
        new PlaceStage(),
        new FatalityStage(),
        new FrameStage(),
    ]);

    /// <param name="profile">Where to add each stage's time; null measures nothing.</param>
    public AnnotatedDocument Annotate(Document document, CodingResources resources, StageProfile? profile = null)
    {
        var doc = new AnnotatedDocument(document);
        foreach (var stage in Stages)
        {
            long start = profile is null ? 0 : Stopwatch.GetTimestamp();
            doc = stage.Apply(doc, resources);
            profile?.Add(stage.Name, start);
        }
        return doc;
    }
}
