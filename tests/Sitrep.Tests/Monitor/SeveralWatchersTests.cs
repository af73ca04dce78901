using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Npgsql;
using Shouldly;
using Sitrep.Monitor;
using Sitrep.Storage;
using Sitrep.Tests.Cli;
using Sitrep.Tests.Storage;
using Xunit;

namespace Sitrep.Tests.Monitor;

/// <summary>
/// Three watcher processes on one PostgreSQL store and one news site on loopback, one of them killed with
/// SIGKILL in the middle of a poll: the events and alerts must be those a single worker makes alone.
/// </summary>
[Collection(nameof(SeveralWatchersTests))]
public sealed class SeveralWatchersTests : IAsyncLifetime
{
    private const int Feeds = 3, ItemsPerFeed = 5;
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-workers-").FullName;
    private readonly LoopbackFeedServer _web = new();
    private readonly List<string> _databases = [];

    public ValueTask InitializeAsync()
    {
        for (int f = 0; f < Feeds; f++)
            for (int i = 0; i < ItemsPerFeed; i++)
            {
                int n = f * ItemsPerFeed + i;
                _web.Add($"feed{f}", n % 3 == 2 ? MonitorCorpus.March($"f{f}-{i}", n) : MonitorCorpus.Killing($"f{f}-{i}", n, n % 5 + 1));
            }
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _web.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(PostgresEventStore.ToConnectionString(PostgresStoreTests.Server));
        admin.Open();
        foreach (var db in _databases) admin.Execute($"DROP DATABASE IF EXISTS {db} WITH (FORCE)");
        Directory.Delete(_dir, true);
    }

    private string NewDatabase()
    {
        var name = "sitrep_watch_" + Guid.NewGuid().ToString("N")[..10];
        using var admin = new NpgsqlConnection(PostgresEventStore.ToConnectionString(PostgresStoreTests.Server));
        admin.Open();
        admin.Execute($"CREATE DATABASE {name}");
        _databases.Add(name);
        return PostgresStoreTests.DatabaseTarget(name);
    }

    private string SourceList(string hook)
    {
        var path = Path.Combine(_dir, hook + ".yml");
        var sources = string.Concat(Enumerable.Range(0, Feeds).Select(f => $"  - name: Feed {f}\n    url: {_web.FeedUrl($"feed{f}")}\n    every: 1h\n"));
        File.WriteAllText(path, $"sources:\n{sources}alerts:\n  - name: Killings\n    types: [Violence against civilians]\n    min_fatalities: 2\n    webhook: {_web.HookUrl(hook)}\n" +
                                "  - name: Mali\n    country: Mali\n    file: " + hook + ".jsonl\n");
        return path;
    }

    /// <summary>An event as the same reports make it, whatever id a store gave it.</summary>
    private static string Key(Sitrep.Events.CodedEvent e) =>
        $"{e.EventDate} {e.Country}/{e.Admin1}/{e.Location} {e.SubEventType} {e.Fatalities} [{string.Join(",", e.Sources.Select(s => s.DocId).Order())}]";

    private static (List<string> Events, List<string> Alerts, long Items) Outcome(string target)
    {
        using var store = PostgresEventStore.Open(target);
        using var monitor = MonitorStore.Open(target);
        var events = store.Query(EventQuery.All).ToList();
        var alerts = monitor.Alerts(1000).Select(a => $"{a.Rule}: {Key(store.Get(a.EventId)!)} {a.Status}").Order().ToList();
        return (events.Select(Key).Order().ToList(), alerts, monitor.Sources().Sum(s => s.ItemsSeen));
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _stderr = new();

    private Process StartWatcher(string list, string target)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"), "watch", list, "--db", target, "--lease", "3s", "--retry-delay", "1s" })
            psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) _stderr.Enqueue($"[{p.Id}] {e.Data}"); };
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        return p;
    }

    private static long Scalar(string target, string sql)
    {
        using var c = new NpgsqlConnection(target);
        c.Open();
        return c.QuerySingle<long>(sql);
    }

    [Fact]
    public async Task Three_workers_one_killed_mid_poll_code_each_item_once_and_fire_the_alerts_of_one_worker()
    {
        // One worker alone: the reference.
        var single = NewDatabase();
        var alone = CliRunner.Run("watch", SourceList("single"), "--db", single, "--once");
        alone.ExitCode.ShouldBe(0, alone.Stderr);
        var expected = Outcome(single);
        expected.Items.ShouldBe(Feeds * ItemsPerFeed);
        expected.Alerts.Count.ShouldBeGreaterThan(Feeds * ItemsPerFeed);

        // Three workers on another store; pages are slow, so a poll can be caught half done.
        _web.PageDelay = TimeSpan.FromMilliseconds(150);
        var shared = NewDatabase();
        var list = SourceList("shared");
        var workers = Enumerable.Range(0, 3).Select(_ => StartWatcher(list, shared)).ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            // Kill the worker holding a lease once it has coded part of that source.
            Process? victim = null;
            // Bounded generously: on a loaded machine three processes take a while to load the gazetteer.
            while (victim is null && clock.Elapsed < TimeSpan.FromSeconds(120) && workers.All(w => !w.HasExited))
            {
                await Task.Delay(50);
                if (Scalar(shared, "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'watch_items'") == 0) continue;
                using var c = new NpgsqlConnection(shared);
                c.Open();
                var owner = c.QueryFirstOrDefault<string>(
                    "SELECT s.lease_owner FROM watch_sources s WHERE s.lease_owner IS NOT NULL AND s.lease_until > 0 " +
                    "AND (SELECT COUNT(*) FROM watch_items i WHERE i.source = s.name) BETWEEN 1 AND @last", new { last = ItemsPerFeed - 2 });
                if (owner is null) continue;
                var pid = int.Parse(owner.Split(':')[1]);
                victim = workers.Single(w => w.Id == pid);
                victim.Kill(); // SIGKILL: no chance to give the lease back
            }
            victim.ShouldNotBeNull("no worker was caught in the middle of a poll; the workers said:\n" + string.Join("\n", _stderr));
            await victim.WaitForExitAsync();
            var killedAt = clock.Elapsed;

            // The survivors take over the dead worker's source once its lease runs out.
            while (clock.Elapsed - killedAt < TimeSpan.FromSeconds(60)
                   && (Scalar(shared, "SELECT COUNT(*) FROM watch_items") < Feeds * ItemsPerFeed
                       || Scalar(shared, "SELECT COUNT(*) FROM alerts WHERE status = 'pending'") > 0
                       || Scalar(shared, "SELECT COUNT(*) FROM watch_sources WHERE lease_owner IS NOT NULL") > 0))
                await Task.Delay(100);

            foreach (var w in workers.Where(w => w != victim))
                Process.Start("kill", ["-TERM", w.Id.ToString()])!.WaitForExit();
            foreach (var w in workers.Where(w => w != victim))
            {
                await Task.WhenAny(w.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(20)));
                w.HasExited.ShouldBeTrue("SIGTERM did not stop a watcher");
                w.ExitCode.ShouldBe(0);
            }

            var actual = Outcome(shared);
            actual.Events.ShouldBe(expected.Events);
            actual.Alerts.ShouldBe(expected.Alerts);
            Scalar(shared, "SELECT COUNT(*) FROM watch_items").ShouldBe(Feeds * ItemsPerFeed);
            Scalar(shared, "SELECT COUNT(*) FROM documents").ShouldBe(Feeds * ItemsPerFeed);
            // Every alert reached its webhook or file; a delivery cut short by the kill may arrive twice, never not at all.
            var posted = _web.HookPosts.Where(p => p.Hook == "shared").Select(p => JsonDocument.Parse(p.Body).RootElement.GetProperty("event").GetProperty("doc_id").GetString()).ToHashSet();
            posted.Count.ShouldBe(expected.Alerts.Count(a => a.StartsWith("Killings:", StringComparison.Ordinal)));
            File.ReadAllLines(Path.Combine(_dir, "shared.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("event").GetProperty("doc_id").GetString())
                .ToHashSet().Count.ShouldBe(expected.Alerts.Count(a => a.StartsWith("Mali:", StringComparison.Ordinal)));
        }
        finally
        {
            foreach (var w in workers) { if (!w.HasExited) w.Kill(); w.Dispose(); }
        }
    }
}

/// <summary>The multi-process test runs alone: timing a kill "mid-poll" needs the cores the other tests would take.</summary>
[CollectionDefinition(nameof(SeveralWatchersTests), DisableParallelization = true)]
public sealed class SeveralWatchersCollection;
