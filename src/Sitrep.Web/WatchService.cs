using Microsoft.Extensions.Hosting;
using Sitrep.Coding;
using Sitrep.Ingest;
using Sitrep.Monitor;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>
/// <c>serve --watch</c>: the watcher as a background service of the server, on its own connections to the
/// store. Stopping the server lets the poll in hand finish and the queued alerts go out.
/// </summary>
public sealed class WatchService(WatchConfig config, string store, Func<Coder> coder) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(async () =>
    {
        static void Log(string line) => Console.Error.WriteLine("sitrep: watch: " + line);
        using var events = EventStores.Open(store);
        using var monitor = MonitorStore.Open(store);
        using var fetcher = new WebFetcher();
        var options = WatchOptions.Default;
        var dispatcher = new AlertDispatcher(monitor, options.Worker, Console.Out, Path.GetDirectoryName(Path.GetFullPath(config.Path))!, options.LeaseFor, log: Log);
        try
        {
            Log($"{config.Enabled.Count()} sources, {config.Alerts.Length} alert rules; worker {options.Worker}");
            await new Watcher(config, events, monitor, coder(), new SourcePoller(fetcher), dispatcher, options, log: Log).RunAsync(stoppingToken);
        }
        finally
        {
            await dispatcher.DrainAsync();
            await dispatcher.DisposeAsync();
        }
    }, CancellationToken.None);
}
