using Sitrep.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>One-line errors on stderr: "sitrep: file:line: what went wrong". No stack traces.</summary>
internal static class CliErrors
{
    public const int InputErrors = 2;
    public const int Usage = 64;
    public const int Failure = 1;

    /// <summary>How many errors of one kind a command prints before it only counts the rest.</summary>
    public const int Shown = 10;

    /// <summary>
    /// The first <see cref="Shown"/> errors, one line each, then one line counting the others: a file with a
    /// hundred thousand bad rows still says what is wrong without burying the rest of the output.
    /// </summary>
    public static void WriteBounded(IReadOnlyList<Problem> errors, string more)
    {
        foreach (var e in errors.Take(Shown)) Write(e.ToString());
        if (errors.Count > Shown) Write($"{errors[0].Where}: {errors.Count - Shown:N0} more {more}");
    }

    /// <summary>A problem as its one line: where, what kind, what is wrong.</summary>
    public static void Write(Problem problem) => Write(problem.ToString());

    public static void Write(string message)
    {
        var stderr = Console.Error;
        stderr.WriteLine("sitrep: " + message.Replace('\n', ' ').Replace('\r', ' '));
    }
}
