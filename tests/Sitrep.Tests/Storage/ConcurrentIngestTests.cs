using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using Shouldly;
using Sitrep.Storage;
using Sitrep.Tests.Cli;
using Xunit;

namespace Sitrep.Tests.Storage;

/// <summary>Stores under stress, as a user would meet it: several ingest processes at once, and a process killed mid-ingest.</summary>
public sealed class ConcurrentIngestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-stress-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>Documents the project writes: several reports of the same few events (each naming the market attacked), and many distinct ones.</summary>
    private string WriteCorpus(int distinct)
    {
        var path = Path.Combine(_dir, "corpus.jsonl");
        var towns = new[] { "Mopti", "Gao", "Kidal", "Segou", "Timbuktu", "Sikasso", "Kayes", "Bandiagara" };
        var sb = new StringBuilder();
        for (int i = 0; i < distinct; i++)
        {
            var town = towns[i % towns.Length];
            var day = new DateOnly(2022, 1, 1).AddDays(i / towns.Length * 3);
            foreach (var (outlet, text) in new[]
            {
                ("Wire", $"Gunmen killed {i % 7 + 2} civilians in an attack on the Dounde market in {town} on {day:d MMMM yyyy}, officials said."),
                ("Local", $"Armed men stormed the Dounde market in {town} on {day:d MMMM yyyy} and shot dead {i % 7 + 3} traders, residents said."),
            })
                sb.AppendLine(JsonSerializer.Serialize(new { id = $"{outlet}-{i}", text, published = day.AddDays(1).ToString("yyyy-MM-dd"), source = outlet }));
        }
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    [Fact]
    public void Several_ingest_processes_writing_to_one_postgres_make_no_duplicates()
    {
        var database = "sitrep_conc_" + Guid.NewGuid().ToString("N")[..10];
        using (var admin = new NpgsqlConnection(PostgresEventStore.ToConnectionString(PostgresStoreTests.Server)))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {database}");
        }
        try
        {
            var target = PostgresStoreTests.DatabaseTarget(database);
            var corpus = WriteCorpus(24);
            // Three processes ingest the same corpus at the same time.
            var runs = Enumerable.Range(0, 3).Select(_ => Task.Run(() => CliRunner.Run("ingest", corpus, "--db", target))).ToArray();
            Task.WaitAll(runs);
            foreach (var r in runs) r.Result.ExitCode.ShouldBe(0, r.Result.Stderr);
            using var store = PostgresEventStore.Open(target);
            store.Stats(EventQuery.All).Documents.ShouldBe(48);
            var events = store.Query(EventQuery.All);
            events.Count.ShouldBe(24);
            events.ShouldAllBe(e => e.Sources.Length == 2);
        }
        finally
        {
            using var admin = new NpgsqlConnection(PostgresEventStore.ToConnectionString(PostgresStoreTests.Server));
            admin.Open();
            admin.Execute($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    [Fact]
    public void A_process_killed_mid_ingest_leaves_whole_documents_and_a_rerun_completes_without_duplicates()
    {
        var corpus = WriteCorpus(300);
        var db = Path.Combine(_dir, "killed.db");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"), "ingest", corpus, "--db", db }) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        using (var p = Process.Start(psi)!)
        {
            // Wait until documents are being committed, then kill it without warning.
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(60) && DocumentCount(db) < 20) Thread.Sleep(50);
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        var partial = DocumentCount(db);
        partial.ShouldBeGreaterThan(0);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            c.QuerySingle<string>("PRAGMA integrity_check").ShouldBe("ok");
            // No document without its reports, no report without its event.
            c.QuerySingle<long>("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.document_id = d.id)").ShouldBe(0);
            c.QuerySingle<long>("SELECT COUNT(*) FROM reports WHERE event_id IS NULL OR event_id NOT IN (SELECT id FROM events)").ShouldBe(0);
        }
        var rerun = CliRunner.Run("ingest", corpus, "--db", db);
        rerun.ExitCode.ShouldBe(0, rerun.Stderr);
        using var store = SqliteEventStore.Open(db);
        store.Stats(EventQuery.All).Documents.ShouldBe(600);
        store.Count(EventQuery.All).ShouldBe(300);
    }

    private static long DocumentCount(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            return c.QuerySingle<long>("SELECT COUNT(*) FROM documents");
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }
}
