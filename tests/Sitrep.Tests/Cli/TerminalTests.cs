using System.Diagnostics;
using Shouldly;
using Xunit;

namespace Sitrep.Tests.Cli;

/// <summary>
/// extract and ingest with stderr on a pseudo-terminal (util-linux <c>script</c>), as a user runs them: the live
/// progress display is drawn, errors print above it, and the run ends with its summary rather than a crash.
/// </summary>
public sealed class TerminalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-tty-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";

    /// <summary>Runs a shell line under a pseudo-terminal and returns its exit code and everything the terminal showed.</summary>
    private (int ExitCode, string Screen) InTerminal(string shellLine)
    {
        var psi = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = _dir };
        foreach (var a in new[] { "-qec", shellLine, "/dev/null" }) psi.ArgumentList.Add(a);
        psi.Environment.Remove("CI");
        psi.Environment["TERM"] = "xterm-256color";
        using var p = Process.Start(psi)!;
        var screen = p.StandardOutput.ReadToEndAsync();
        var err = p.StandardError.ReadToEndAsync();
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("sitrep under a terminal did not finish in 2 minutes"); }
        return (p.ExitCode, screen.Result + err.Result);
    }

    private string Sitrep(string args) => $"dotnet {Quote(Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"))} {args}";

    private string WriteDocuments()
    {
        File.WriteAllText(Path.Combine(_dir, "one.txt"), "Gunmen killed three farmers near Gao on Friday.");
        var lines = Enumerable.Range(1, 40).Select(i => $"{{\"id\":\"n{i}\",\"text\":\"Police fired tear gas at {i} protesters in Nairobi on Friday.\",\"published\":\"2020-05-08\"}}")
            .Append("{not json");
        File.WriteAllLines(Path.Combine(_dir, "many.jsonl"), lines);
        return "one.txt many.jsonl";
    }

    [Fact]
    public void Extract_draws_its_progress_on_a_terminal_and_still_writes_every_event()
    {
        var inputs = WriteDocuments();
        var (code, screen) = InTerminal(Sitrep($"extract {inputs} -p 2020-05-08 -f jsonl > out.jsonl"));
        code.ShouldBe(2, screen); // the broken line is an input error, the rest is coded
        screen.ShouldNotContain("Exception");
        screen.ShouldContain("documents");
        screen.ShouldContain("many.jsonl:41:");
        screen.ShouldContain("41 documents,");
        File.ReadAllLines(Path.Combine(_dir, "out.jsonl")).Length.ShouldBe(41);
    }

    [Fact]
    public void Extract_to_the_terminal_itself_prints_the_events_without_a_display_through_them()
    {
        var inputs = WriteDocuments();
        var (code, screen) = InTerminal(Sitrep($"extract {inputs} -p 2020-05-08 -f jsonl"));
        code.ShouldBe(2, screen);
        screen.ShouldNotContain("Exception");
        screen.ShouldContain("\"doc_id\":\"n40\"");
        screen.ShouldNotContain("docs/s");
    }

    [Fact]
    public void Ingest_draws_its_progress_on_a_terminal_and_stores_every_document()
    {
        var inputs = WriteDocuments();
        var (code, screen) = InTerminal(Sitrep($"ingest {inputs} -p 2020-05-08 --db store.db"));
        code.ShouldBe(2, screen);
        screen.ShouldNotContain("Exception");
        screen.ShouldContain("many.jsonl:41:");
        screen.ShouldContain("41 new documents");
        var events = CliRunner.Run("events", "--db", Path.Combine(_dir, "store.db"), "-f", "jsonl");
        events.ExitCode.ShouldBe(0, events.Stderr);
        events.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(1);
    }
}
