using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// A row of data/acled/other-side.tsv: ACLED's rule for the other side of a battle whose text names only a side of inter
/// code <paramref name="Inter"/> ("rebels fight the state"). <paramref name="Kind"/> is the actor kind coded, of the
/// event's country; null codes the doer unnamed-actors.tsv gives where the text names none.
/// </summary>
public sealed record OtherSide(string Rule, Inter Inter, ActorKind? Kind);
