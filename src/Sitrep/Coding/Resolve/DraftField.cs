namespace Sitrep.Coding.Resolve;

/// <summary>The fields of a draft event a resolution stage can read and write; the pipeline checks the order once, when built.</summary>
[Flags]
public enum DraftField
{
    None = 0,
    /// <summary>The sub-event type (and with it the event and disorder type) and the spans it rests on.</summary>
    Type = 1,
    /// <summary>Where it happened: the resolved place and the event's country.</summary>
    Place = 2,
    /// <summary>Who did it to whom: the actors, their inter codes and associated actors.</summary>
    Actors = 4,
    /// <summary>When it happened and how precisely that is known.</summary>
    Date = 8,
    /// <summary>How many died, ACLED's conservative count and the most the text allows.</summary>
    Fatalities = 16,
    /// <summary>ACLED's tags (a demonstration's crowd size).</summary>
    Tags = 32,
}
