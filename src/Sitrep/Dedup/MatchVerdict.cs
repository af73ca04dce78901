namespace Sitrep.Dedup;

/// <summary>
/// Whether two reports tell the same real event, how close they are (higher is closer), and why:
/// the reason is kept on the merged event so a merge can be explained. <paramref name="Needed"/> is the score the
/// pair had to reach (NaN when no score decided it: a veto, an analyst), which the clusterer weighs a group's pairs against.
/// </summary>
public sealed record MatchVerdict(bool Same, double Score, string Reason, double Needed = double.NaN);
