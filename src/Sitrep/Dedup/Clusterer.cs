namespace Sitrep.Dedup;

/// <summary>
/// Groups reports into events by complete linkage, eased for groups of three or more: two groups join when every
/// report of one matches every report of the other, or when most of their pairs match, their scores average at
/// least what the pairs need, and no pair is vetoed (one weak link, a name one outlet leaves out, keeps no report
/// out of an event its other reports agree on; a contradiction does). The closest pairs join first. The result depends only on the
/// reports, not on the order they arrived in, so re-running changes nothing, and a later report that
/// matches one member of a group better than the group hangs together can pull it out: the merge that
/// the later report contradicts is undone. An analyst's decisions come before the matcher: reports
/// merged by hand are one event, reports split apart by hand never are.
/// </summary>
public static class Clusterer
{
    public sealed record Cluster(IReadOnlyList<int> Members, IReadOnlyList<string> Reasons);

    /// <summary>Groups <paramref name="reports"/>; <paramref name="keys"/> are their store keys, which <paramref name="links"/> name.</summary>
    public static IReadOnlyList<Cluster> Group(IReadOnlyList<ReportFeatures> reports, IReadOnlyList<long>? keys = null,
        IReadOnlyCollection<AnalystLink>? links = null, DedupRules? rules = null, Func<int, int, MatchVerdict>? compare = null)
    {
        rules ??= DedupRules.Default;
        int n = reports.Count;
        var decided = new Dictionary<(int, int), bool>();
        if (keys is not null && links is { Count: > 0 })
        {
            var index = new Dictionary<long, int>();
            for (int i = 0; i < n; i++) index[keys[i]] = i;
            foreach (var link in links)
                if (index.TryGetValue(link.A, out var a) && index.TryGetValue(link.B, out var b))
                    decided[(Math.Min(a, b), Math.Max(a, b))] = link.Same;
        }
        var verdicts = new MatchVerdict?[n, n];
        var pairs = new List<(int A, int B, double Score)>();
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                MatchVerdict v;
                if (decided.TryGetValue((i, j), out var same))
                    v = same ? new MatchVerdict(true, double.PositiveInfinity, "merged by an analyst") : new MatchVerdict(false, double.NegativeInfinity, "split by an analyst");
                // Two events coded from one document are two events: the coder already told them apart.
                else if (reports[i].DocId == reports[j].DocId) continue;
                else v = compare?.Invoke(i, j) ?? ReportMatcher.Compare(reports[i], reports[j], rules);
                verdicts[i, j] = verdicts[j, i] = v;
                if (v.Same) pairs.Add((i, j, v.Score));
            }
        var clusterOf = Enumerable.Range(0, n).ToArray();
        var members = Enumerable.Range(0, n).ToDictionary(i => i, i => new List<int> { i });
        var reasons = Enumerable.Range(0, n).ToDictionary(i => i, _ => new List<string>());
        foreach (var (a, b, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            int ca = clusterOf[a], cb = clusterOf[b];
            if (ca == cb) continue;
            // A merge by hand joins whole groups unless a split by hand stands between them; the matcher's merges need every pair.
            bool byHand = double.IsPositiveInfinity(verdicts[a, b]!.Score);
            bool all = members[ca].All(x => members[cb].All(y => verdicts[x, y] is { } v ? v.Same : byHand));
            if (!all && (byHand || !Mostly(members[ca], members[cb], verdicts))) continue;
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

    /// <summary>
    /// Whether two groups hang together though some of their pairs fall short: more than half of the pairs match, every
    /// pair was scored (none vetoed, none from one document, none split by an analyst), and the scores average at least
    /// what the pairs need. Two reports or a report and a pair need every pair, as half of two is not most of them.
    /// </summary>
    private static bool Mostly(List<int> a, List<int> b, MatchVerdict?[,] verdicts)
    {
        var cross = a.SelectMany(x => b.Select(y => verdicts[x, y])).ToList();
        if (cross.Any(v => v is null || double.IsNaN(v.Needed) || double.IsInfinity(v.Score))) return false;
        return cross.Count(v => v!.Same) * 2 > cross.Count && cross.Average(v => v!.Score) >= cross.Average(v => v!.Needed);
    }
}
