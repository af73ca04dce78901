namespace Sitrep.Monitor;

/// <summary>Where an alert goes: a webhook that gets the payload POSTed as JSON, a JSONL file it is appended to, or standard output.</summary>
public sealed record AlertTarget(AlertTargetKind Kind, string Value)
{
    public static AlertTarget Webhook(Uri url) => new(AlertTargetKind.Webhook, url.ToString());
    public static AlertTarget File(string path) => new(AlertTargetKind.File, path);
    public static AlertTarget Stdout { get; } = new(AlertTargetKind.Stdout, "stdout");

    /// <summary>How the store and listings write it: <c>webhook:URL</c>, <c>file:PATH</c> or <c>stdout</c>.</summary>
    public override string ToString() => Kind switch
    {
        AlertTargetKind.Webhook => "webhook:" + Value,
        AlertTargetKind.File => "file:" + Value,
        _ => "stdout",
    };

    public static AlertTarget? Parse(string? stored) => stored switch
    {
        null or "" => null,
        "stdout" => Stdout,
        _ when stored.StartsWith("webhook:", StringComparison.Ordinal) => new(AlertTargetKind.Webhook, stored[8..]),
        _ when stored.StartsWith("file:", StringComparison.Ordinal) => new(AlertTargetKind.File, stored[5..]),
        _ => null,
    };
}

public enum AlertTargetKind { Webhook, File, Stdout }
