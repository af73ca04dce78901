namespace Sitrep.Resources;

/// <summary>The roles of discourse cues in discourse.tsv.</summary>
public enum DiscourseRole
{
    Claim,
    Agent,
    NewEvent,
    Report,
    Modality,
    Passive,
    Accident,
}
