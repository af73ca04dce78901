using Sitrep.Events;

namespace Sitrep.Resources;

/// <summary>
/// A row of unnamed-actors.tsv: the doer ACLED codes for <see cref="SubEventType"/> (null, "*" in the file: any) when the text names
/// none, in <see cref="Countries"/> (empty: everywhere). <see cref="Actor"/> may hold {country}.
/// </summary>
public sealed record UnnamedActor(SubEventType? SubEventType, string Actor, Inter Inter, IReadOnlySet<string> Countries);
