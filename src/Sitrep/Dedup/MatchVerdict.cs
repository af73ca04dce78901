namespace Sitrep.Dedup;

/// <summary>
/// Whether two reports tell the same real event, how close they are (higher is closer), and why:
/// the reason is kept on the merged event so a merge can be explained.
/// </summary>
public sealed record MatchVerdict(bool Same, double Score, string Reason);
