using System.CommandLine;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>The --model option shared by extract and eval, and its loading with a one-line error.</summary>
internal static class ModelOption
{
    public static Option<string?> Create() => new("--model", "-m")
    {
        Description = "A sub-event type model trained with 'sitrep train'; the rule coder decides types where it is not confident",
    };

    /// <summary>Loads the model when one is named; false (with an error written) when it cannot be read.</summary>
    public static bool TryLoad(string? path, out SubEventClassifier? classifier)
    {
        classifier = null;
        if (path is null) return true;
        if (!File.Exists(path))
        {
            CliErrors.Write($"{path}: model not found");
            return false;
        }
        try
        {
            classifier = SubEventClassifier.Load(path);
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or IOException or System.IO.InvalidDataException or ArgumentException)
        {
            CliErrors.Write($"{path}: not a model trained with 'sitrep train' ({e.Message.Split('\n')[0]})");
            return false;
        }
    }
}
