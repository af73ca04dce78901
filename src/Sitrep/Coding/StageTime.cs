namespace Sitrep.Coding;

/// <summary>The time one coding stage took, summed over <paramref name="Calls"/> runs (<see cref="StageProfile"/>).</summary>
public readonly record struct StageTime(string Stage, TimeSpan Time, long Calls);
