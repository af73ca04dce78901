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
    /// <summary>"off-duty", "retired": security personnel not on duty, whom ACLED codes as civilians.</summary>
    OffDuty,
    /// <summary>"after the", "over the killing of": a trigger noun right after it names the cause, not the event.</summary>
    Cause,
    /// <summary>"stealing", "robbers": ordinary crime; the arrests and thefts told with it are no political event.</summary>
    Crime,
    /// <summary>"against terrorism", "on drugs": a trigger right before it names a campaign ("the fight against terrorism"), not an event.</summary>
    Campaign,
    /// <summary>"calling for", "to denounce": a demand, which makes rioters' violence a violent demonstration.</summary>
    Demand,
    /// <summary>"had charges against him for drug trafficking": the victim is told as one of an armed gang, so the killing is a clash between armed actors.</summary>
    ArmedVictim,
    /// <summary>"scored", "the final", "tournament": words of sport; a story full of them beats, attacks and fights in play.</summary>
    Sport,
    /// <summary>"the suspects", "the perpetrators": those the security forces hunt after an event; their arrest or killing by the state is an event of its own.</summary>
    Pursuit,
}
