using Sitrep.Events;

namespace Sitrep.Dedup;

/// <summary>
/// Groups reports into events by complete linkage: two groups join only when every report of one
/// matches every report of the other, and the closest pairs join first. The result depends only on the
/// reports, not on the order they arrived in, so re-running changes nothing, and a later report that
/// matches one member of a group better than the group hangs together can pull it out: the merge that
/// the later report contradicts is undone.
/// </summary>
public static class Clusterer
{
    public sealed record Cluster(IReadOnlyList<int> Members, IReadOnlyList<string> Reasons);

    public static IReadOnlyList<Cluster> Group(IReadOnlyList<CodedEvent> reports)
    {
        int n = reports.Count;
        var verdicts = new MatchVerdict?[n, n];
        var pairs = new List<(int A, int B, double Score)>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                // Two events coded from one document are two events: the coder already told them apart.
                if (reports[i].DocId == reports[j].DocId) continue;
                var v = ReportMatcher.Compare(reports[i], reports[j]);
                verdicts[i, j] = verdicts[j, i] = v;
                if (v.Same) pairs.Add((i, j, v.Score));
            }
        var clusterOf = Enumerable.Range(0, n).ToArray();
        var members = Enumerable.Range(0, n).ToDictionary(i => i, i => new List<int> { i });
        var reasons = Enumerable.Range(0, n).ToDictionary(i => i, _ => new List<string>());
        foreach (var (a, b, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => reports[p.A].EventId, StringComparer.Ordinal).ThenBy(p => reports[p.B].EventId, StringComparer.Ordinal))
        {
            int ca = clusterOf[a], cb = clusterOf[b];
            if (ca == cb) continue;
            bool all = members[ca].All(x => members[cb].All(y => verdicts[x, y]?.Same == true));
            if (!all) continue;
            var (keep, drop) = ca < cb ? (ca, cb) : (cb, ca);
            members[keep].AddRange(members[drop]);
            reasons[keep].AddRange(reasons[drop]);
            reasons[keep].Add($"{reports[a].DocId} ~ {reports[b].DocId}: {verdicts[a, b]!.Reason}");
            foreach (var m in members[drop]) clusterOf[m] = keep;
            members.Remove(drop);
            reasons.Remove(drop);
        }
        return members.OrderBy(kv => kv.Key).Select(kv => new Cluster(kv.Value.Order().ToList(), reasons[kv.Key])).ToList();
    }
}
