using Spectre.Console;
using Spectre.Console.Rendering;
using SText = Spectre.Console.Text;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Progress of a long batch (extract, ingest) on stderr through Spectre.Console's live progress display:
/// documents done (of how many, when that is known), documents/s, errors and an ETA. Drawn only when stderr
/// is a terminal and CI is unset, so piped and CI runs stay clean; errors print above the live line, one each.
/// </summary>
internal sealed class WorkProgress
{
    private readonly IAnsiConsole? _console;
    private ProgressTask? _task;

    public int Done { get; private set; }
    public int Errors { get; private set; }

    private WorkProgress(IAnsiConsole? console) => _console = console;

    /// <summary>Whether a live display can be drawn: stderr is a terminal and nothing says the run is unattended.</summary>
    public static bool StderrIsTerminal => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>Runs <paramref name="work"/> with a live display when <paramref name="show"/> holds; without one otherwise.</summary>
    public static int Run(string label, int? total, bool show, Func<WorkProgress, int> work)
    {
        if (!show) return work(new WorkProgress(null));
        // Spectre detects ANSI and interactivity from stdout; the display goes to stderr, which we found to be a terminal.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(Console.Error),
        });
        var progress = new WorkProgress(console);
        return console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new RateColumn(), new ErrorColumn(progress), new EtaColumn())
            .Start(ctx =>
            {
                progress._task = ctx.AddTask(label, maxValue: Math.Max(total ?? 1, 1));
                progress._task.IsIndeterminate = total is null;
                progress._task.Tag = total;
                var status = work(progress);
                progress._task.StopTask();
                return status;
            });
    }

    /// <summary>One document done.</summary>
    public void Advance() => Step();

    /// <summary>One document that could not be read or coded: its one-line error, above the live display.</summary>
    public void Error(Sitrep.Documents.Problem problem)
    {
        Errors++;
        var message = problem.ToString();
        if (_console is null) CliErrors.Write(message);
        else _console.WriteLine("sitrep: " + message.Replace('\n', ' ').Replace('\r', ' '), Style.Plain);
        Step();
    }

    /// <summary>A one-line warning about a document that was still coded and stored, above the live display.</summary>
    public void Warning(string message)
    {
        if (_console is null) CliErrors.Write(message);
        else _console.WriteLine("sitrep: " + message.Replace('\n', ' ').Replace('\r', ' '), Style.Plain);
    }

    /// <summary>A summary line after the display is gone (shown only with the display: piped runs print their own).</summary>
    public void Summary(string line)
    {
        if (_console is not null) _console.WriteLine(line, Style.Plain);
    }

    private void Step()
    {
        Done++;
        if (_task is null) return;
        // An estimated total (JSONL lines) can be short: grow it rather than show more than 100%.
        if (_task.Value + 1 > _task.MaxValue) _task.MaxValue = _task.Value + 1;
        _task.Increment(1);
    }

    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new SText(task.IsIndeterminate ? $"{task.Value:N0} documents" : $"{task.Value:N0}/{task.MaxValue:N0} documents");
    }

    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var elapsed = task.ElapsedTime?.TotalSeconds ?? 0;
            var rate = task.Speed ?? (elapsed > 0 ? task.Value / elapsed : 0);
            return new SText($"{rate:N0} docs/s");
        }
    }

    private sealed class ErrorColumn(WorkProgress owner) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new SText(owner.Errors == 0 ? "" : $"{owner.Errors:N0} errors", owner.Errors == 0 ? Style.Plain : new Style(Color.Red));
    }

    private sealed class EtaColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            if (task.IsIndeterminate || task.RemainingTime is not { } left) return new SText($"{task.ElapsedTime ?? TimeSpan.Zero:mm\\:ss}");
            return new SText($"ETA {(left.TotalHours >= 1 ? left.ToString(@"h\:mm\:ss") : left.ToString(@"mm\:ss"))}");
        }
    }
}
