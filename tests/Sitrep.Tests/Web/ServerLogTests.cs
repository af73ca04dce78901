using System.Diagnostics;
using Shouldly;
using Xunit;

namespace Sitrep.Tests.Web;

/// <summary><c>sitrep serve</c> as run: one log line per request on stderr through ASP.NET Core's logging, never the API key.</summary>
public sealed class ServerLogTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-log-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    [Fact]
    public async Task Each_request_is_one_line_and_the_api_key_never_appears()
    {
        const string key = "k-7f3a9c-never-logged";
        var db = Path.Combine(_dir, "log.db");
        using (Sitrep.Storage.SqliteEventStore.Open(db)) { }
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"), "serve", "--db", db, "--urls", "http://127.0.0.1:0", "--api-key", key }) psi.ArgumentList.Add(a);
        using var server = Process.Start(psi)!;
        var errors = new List<string>();
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.Add(e.Data); };
        server.BeginErrorReadLine();
        try
        {
            var ready = await server.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
            ready.ShouldNotBeNull();
            var url = ready.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2].TrimEnd('/');
            using var http = new HttpClient();
            var ct = TestContext.Current.CancellationToken;
            (await http.GetAsync(url + "/api/events?country=Mali&api_key=" + key, ct)).EnsureSuccessStatusCode();
            var post = new HttpRequestMessage(HttpMethod.Post, url + "/api/documents") { Content = new StringContent("""{"id":"log-1","text":"Police arrested two traders in Gao on Monday.","published":"2021-03-10"}""", System.Text.Encoding.UTF8, "application/json") };
            post.Headers.Add("X-Api-Key", key);
            (await http.SendAsync(post, ct)).IsSuccessStatusCode.ShouldBeTrue();
            (await http.GetAsync(url + "/api/events/NOPE1", ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
            for (int i = 0; i < 100 && Lines(errors).Count(l => l.Contains("Sitrep.Requests")) < 3; i++) await Task.Delay(50, ct);
        }
        finally
        {
            server.Kill(true);
            server.WaitForExit(10_000);
        }
        var lines = Lines(errors);
        var requests = lines.Where(l => l.Contains("Sitrep.Requests")).ToList();
        requests.Count.ShouldBe(3, string.Join("\n", lines));
        requests[0].ShouldContain("GET /api/events?country=Mali&api_key=*** 200");
        requests[1].ShouldContain("POST /api/documents 201");
        requests[2].ShouldContain("GET /api/events/NOPE1 404");
        lines.ShouldAllBe(l => !l.Contains(key));
    }

    private static List<string> Lines(List<string> errors)
    {
        lock (errors) return [.. errors];
    }
}
