using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// One step of coding, like a spaCy pipeline component: it has a name, declares the
/// annotations it needs and sets, and maps a document to a richer one. Stages are
/// stateless; resources come in, so one stage instance serves every thread.
/// </summary>
public interface ICodingStage
{
    string Name { get; }
    Annotation Needs { get; }
    Annotation Sets { get; }
    AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources);
}
