using System.Globalization;

namespace Sitrep.Dedup;

/// <summary>
/// Groups reports into events by complete linkage, eased for groups of three or more: two groups join when every
/// report of one matches every report of the other, or when most of their pairs match, their scores average at
/// least what the pairs need, and no pair is vetoed (one weak link, a name one outlet leaves out, keeps no report
/// out of an event its other reports agree on; a contradiction does). The closest pairs join first; then a report that matches
/// every report of another group, with more score in all than it has with its own, moves there. The result depends only on the
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
        var reasons = Enumerable.Range(0, n).ToDictionary(i => i, _ => new List<Link>());
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
            reasons[keep].Add(new Link(a, b, $"{reports[a].DocId} ~ {reports[b].DocId}: {verdicts[a, b]!.Reason}"));
            foreach (var m in members[drop]) clusterOf[m] = keep;
            members.Remove(drop);
            reasons.Remove(drop);
        }
        MoveToBestFit(reports, verdicts, clusterOf, members, reasons);
        return members.OrderBy(kv => kv.Key).Select(kv => new Cluster(kv.Value.Order().ToList(), reasons[kv.Key].Select(l => l.Reason).ToList())).ToList();
    }

    /// <summary>One merge reason: the two reports whose verdict joined their groups, and that verdict.</summary>
    private sealed record Link(int A, int B, string Reason);

    /// <summary>
    /// The closest pair joins first, so a report may be taken by the one report it matches best before the reports it
    /// matches together form their event (an ongoing fight's report takes a report of the capture that its other reports
    /// tell): a report that matches every report of another event, with a sum of scores above the sum of its scores with the
    /// rest of its own event, moves there. Each move raises the sum of the scores within events, so the moves end, and they
    /// depend on the reports alone, not on the order they arrived in. A report tied by an analyst's decision, or joined
    /// despite a veto, stays where it is.
    /// </summary>
    private static void MoveToBestFit(IReadOnlyList<ReportFeatures> reports, MatchVerdict?[,] verdicts, int[] clusterOf,
        Dictionary<int, List<int>> members, Dictionary<int, List<Link>> reasons)
    {
        bool moved = true;
        while (moved)
        {
            moved = false;
            for (int r = 0; r < reports.Count; r++)
            {
                int from = clusterOf[r];
                var own = members[from].Where(m => m != r).Select(m => verdicts[r, m]).ToList();
                if (own.Any(v => v is null || double.IsInfinity(v.Score))) continue;
                double stay = own.Sum(v => v!.Score);
                // No better event is no move: an empty choice must not read as the default (event 0, sum 0), which a report whose
                // own scores sum below zero would take for a better fit, and move to, or back into its own event, for ever.
                var fits = members.Where(kv => kv.Key != from && kv.Value.All(m => verdicts[r, m] is { Same: true } v && !double.IsInfinity(v.Score)))
                    .Select(kv => (To: kv.Key, Sum: kv.Value.Sum(m => verdicts[r, m]!.Score)))
                    .Where(c => c.Sum > stay).OrderByDescending(c => c.Sum).ThenBy(c => c.To).Take(1).ToList();
                if (fits.Count == 0) continue;
                var best = fits[0];
                var to = best.To;
                int closest = members[to].OrderByDescending(m => verdicts[r, m]!.Score).ThenBy(m => m).First();
                members[from].Remove(r);
                reasons[from].RemoveAll(l => l.A == r || l.B == r);
                if (members[from].Count == 0) { members.Remove(from); reasons.Remove(from); }
                else Reconnect(reports, verdicts, members[from], reasons[from]);
                members[to].Add(r);
                clusterOf[r] = to;
                reasons[to].Add(new Link(r, closest, string.Create(CultureInfo.InvariantCulture,
                    $"{reports[r].DocId} ~ {reports[closest].DocId}: {verdicts[r, closest]!.Reason}; fits this event better: matches all {members[to].Count - 1} of its reports, scores {best.Sum:0.##} against {stay:0.##} with the event it left")));
                moved = true;
            }
        }
    }

    /// <summary>The reasons of a group a report left, joined again where the report was their only link: the closest pairs first.</summary>
    private static void Reconnect(IReadOnlyList<ReportFeatures> reports, MatchVerdict?[,] verdicts, List<int> group, List<Link> links)
    {
        var part = group.ToDictionary(m => m, m => m);
        int Find(int x) => part[x] == x ? x : part[x] = Find(part[x]);
        foreach (var l in links) part[Find(l.A)] = Find(l.B);
        var pairs = group.SelectMany(x => group.Where(y => y > x).Select(y => (A: x, B: y, V: verdicts[x, y])))
            .Where(p => p.V is not null).OrderByDescending(p => p.V!.Score).ThenBy(p => p.A).ThenBy(p => p.B);
        foreach (var (a, b, v) in pairs)
            if (Find(a) != Find(b))
            {
                part[Find(a)] = Find(b);
                links.Add(new Link(a, b, $"{reports[a].DocId} ~ {reports[b].DocId}: {v!.Reason}"));
            }
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
