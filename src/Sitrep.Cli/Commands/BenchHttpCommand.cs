using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench http --url http://127.0.0.1:5080</c>: a bounded load test of a running server: N
/// concurrent clients request /api/events with filters for a fixed time, then report requests/s,
/// latency percentiles and errors. Only loopback addresses are accepted as targets.
/// </summary>
internal static class BenchHttpCommand
{
    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The server (loopback only)", DefaultValueFactory = _ => ServeCommand.DefaultUrl };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 200 };
        var seconds = new Option<int>("--seconds") { Description = "How long to run (at most 120)", DefaultValueFactory = _ => 30 };
        var command = new Command("http", "Load-test a running server's /api/events on loopback") { url, clients, seconds };
        command.SetAction(async (parse, ct) =>
        {
            var baseUri = new Uri(parse.GetValue(url)!);
            if (!IPAddress.TryParse(baseUri.Host, out var ip) ? baseUri.Host != "localhost" : !IPAddress.IsLoopback(ip))
            {
                CliErrors.Write($"{baseUri}: load tests run against loopback addresses only");
                return CliErrors.Usage;
            }
            int n = Math.Clamp(parse.GetValue(clients), 1, 1000);
            var duration = TimeSpan.FromSeconds(Math.Clamp(parse.GetValue(seconds), 1, 120));
            string[] queries =
            [
                "/api/events?limit=100", "/api/events?type=Battles&limit=100", "/api/events?country=Mali", "/api/events?bbox=-20,-10,50,30&limit=200",
                "/api/events?from=2018-01-01&to=2023-12-31&type=Protests", "/api/events?q=killed&limit=50", "/api/stats",
            ];
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = n }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
            var latencies = new List<double>[n];
            int errors = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, n).Select(async c =>
            {
                var mine = latencies[c] = new List<double>();
                int i = c;
                while (clock.Elapsed < duration && !ct.IsCancellationRequested)
                {
                    var t = Stopwatch.StartNew();
                    try
                    {
                        using var r = await http.GetAsync(queries[i++ % queries.Length], ct);
                        await r.Content.ReadAsByteArrayAsync(ct);
                        if (!r.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Interlocked.Increment(ref errors); }
                    mine.Add(t.Elapsed.TotalMilliseconds);
                }
            }));
            var all = latencies.SelectMany(l => l).Order().ToList();
            double P(double p) => all.Count == 0 ? 0 : Math.Round(all[Math.Min(all.Count - 1, (int)(all.Count * p))], 1);
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                clients = n, seconds = Math.Round(clock.Elapsed.TotalSeconds, 1), requests = all.Count, errors,
                requests_per_second = Math.Round(all.Count / clock.Elapsed.TotalSeconds), p50_ms = P(0.5), p99_ms = P(0.99), max_ms = all.Count > 0 ? Math.Round(all[^1], 1) : 0,
            }));
            return errors == 0 ? 0 : CliErrors.Failure;
        });
        return command;
    }
}
