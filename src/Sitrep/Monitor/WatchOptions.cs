namespace Sitrep.Monitor;

/// <summary>How a watcher works beside others on one store.</summary>
/// <param name="Worker">This worker's name in leases (host, process and a random part, so two never share one).</param>
/// <param name="LeaseFor">How long a source stays this worker's without a sign of life; renewed after every item, so only a dead worker's lease runs out.</param>
/// <param name="IdleWait">How long to wait, when nothing is due, before looking again.</param>
public sealed record WatchOptions(string Worker, TimeSpan LeaseFor, TimeSpan IdleWait)
{
    public static WatchOptions Default { get; } = new(NewWorkerName(), TimeSpan.FromMinutes(2), TimeSpan.FromSeconds(1));

    public static string NewWorkerName() => $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
}
