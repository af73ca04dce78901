namespace Sitrep.Coding.Resolve;

/// <summary>
/// One step of resolving an event frame into an event, as <see cref="ICodingStage"/> is one step of annotating:
/// it has a name, declares the draft fields it reads and writes, and maps a draft to a new one, recording each
/// change it makes as a named rule with its evidence. Stages are stateless; one instance serves every thread.
/// </summary>
public interface IResolutionStage
{
    string Name { get; }
    DraftField Reads { get; }
    DraftField Writes { get; }
    DraftEvent Apply(DraftEvent draft, ResolutionContext context);
}
