namespace Sitrep.Resources;

/// <summary>The kinds of actor the coder names by ACLED's convention rather than from the text's words (data/acled/actor-names.tsv).</summary>
public enum ActorKind
{
    /// <summary>A country's military, as the owner of a weapon a demonym names ("Russian airstrikes").</summary>
    Military,
    /// <summary>A country's police.</summary>
    Police,
    /// <summary>The demonstrators of a protest.</summary>
    Protesters,
    /// <summary>The crowd of a riot.</summary>
    Rioters,
    /// <summary>The victims of violence against civilians where the text names none, and security forces off duty.</summary>
    Civilians,
    /// <summary>The doer where the text names none.</summary>
    UnidentifiedArmedGroup,
    /// <summary>The other side where a victim is told as one of a criminal gang.</summary>
    UnidentifiedGang,
    /// <summary>A country's government, as a party to an agreement its country signs ("Congo and Rwanda signed a peace deal").</summary>
    Government,
    /// <summary>An identity militia of a clan ("militiamen from the Agar clan").</summary>
    ClanMilitia,
    /// <summary>An identity militia of a sub-clan ("Habar Gedir-Saad sub-clan militia").</summary>
    SubClanMilitia,
    /// <summary>An identity militia of a clan the text names within an ethnic group ("Agar Dinka militia").</summary>
    ClanOfEthnicMilitia,
    /// <summary>An identity militia of an ethnic group ("Tiv militia", "miliciens peuls").</summary>
    EthnicMilitia,
    /// <summary>An identity militia of a community, which ACLED names by its place ("Idlib militia", "groupes d'autodéfense").</summary>
    CommunalMilitia,
}
