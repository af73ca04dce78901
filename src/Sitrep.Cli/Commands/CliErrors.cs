namespace Sitrep.Cli.Commands;

/// <summary>One-line errors on stderr: "sitrep: file:line: what went wrong". No stack traces.</summary>
internal static class CliErrors
{
    public const int InputErrors = 2;
    public const int Usage = 64;
    public const int Failure = 1;

    public static void Write(string message)
    {
        var stderr = Console.Error;
        stderr.WriteLine("sitrep: " + message.Replace('\n', ' ').Replace('\r', ' '));
    }
}
