using System.CommandLine;
using System.Runtime.InteropServices;
using Sitrep.Coding;
using Sitrep.Ingest;
using Sitrep.Monitor;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep watch SOURCES.yml --db TARGET [--once]</c>: polls the listed sources, codes their new items into
/// the store and fires the alert rules. Several watchers may share one PostgreSQL store. SIGINT or SIGTERM
/// finishes the poll in hand and exits 0; an invalid source list exits 64 before anything is fetched.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var sources = new Argument<string>("sources") { Description = "The source list (YAML: sources and alerts; see the README)" };
        var db = StoreOptions.Db();
        var once = new Option<bool>("--once") { Description = "Poll every enabled source once, deliver the alerts, and exit (for cron, CI and tests)" };
        var lease = IntervalOption("--lease", "How long a source stays leased to a worker that shows no sign of life", TimeSpan.FromMinutes(2));
        var retryDelay = IntervalOption("--retry-delay", "First wait before retrying a failed alert delivery (doubling, with jitter)", TimeSpan.FromSeconds(2));
        var model = ModelOption.Create();
        var data = CommonOptions.Data();
        var command = new Command("watch", "Poll watched sources, code and store their new items, and send alerts") { sources, db, once, lease, retryDelay, model, data };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(sources)!;
            var (config, error) = WatchConfigReader.Read(path);
            if (config is null) { CliErrors.Write(error!.ToString()); return CliErrors.Usage; }
            if (!ModelOption.TryLoad(parse.GetValue(model), out var classifier)) return CliErrors.Failure;
            var resources = ResourceLoader.TryLoad(parse.GetValue(data));
            if (resources is null) return CliErrors.Failure;
            // A language the data folder has no pack for is a mistake in the list, told before anything is fetched.
            if (config.Sources.FirstOrDefault(s => s.Language is { } l && !resources.Supports(l)) is { } unsupported)
            {
                CliErrors.Write(new WatchConfigError(path, unsupported.Line, $"language: no language pack for '{unsupported.Language}' (the data folder has {string.Join(", ", resources.Languages)})").ToString());
                return CliErrors.Usage;
            }
            // So is a country the gazetteer cannot name: the hint would silently do nothing.
            if (config.Sources.FirstOrDefault(s => s.Country is { } c && resources.Gazetteer.CountryCodeOf(c) is null) is { } unknown)
            {
                CliErrors.Write(new WatchConfigError(path, unknown.Line, $"country: '{unknown.Country}' is no country the gazetteer knows (give its name, such as Mali, or its ISO code, such as ML)").ToString());
                return CliErrors.Usage;
            }
            using var store = StoreOptions.TryOpen(parse.GetValue(db));
            if (store is null) return CliErrors.Failure;
            using var monitor = StoreOptions.TryOpenMonitor(parse.GetValue(db));
            if (monitor is null) return CliErrors.Failure;

            using var stop = new CancellationTokenSource();
            // The poll in hand finishes; the signal only stops the next one from starting.
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
            var options = WatchOptions.Default with { LeaseFor = parse.GetValue(lease) };
            Action<string> log = line => Console.Error.WriteLine("sitrep: watch: " + line);
            using var fetcher = new WebFetcher();
            var dispatcher = new AlertDispatcher(monitor, options.Worker, Console.Out, Path.GetDirectoryName(Path.GetFullPath(path))!,
                options.LeaseFor, new DeliveryOptions(FirstDelay: parse.GetValue(retryDelay)), log: log);
            var watcher = new Watcher(config, store, monitor, new Coder(resources, classifier: classifier), new SourcePoller(fetcher), dispatcher, options, log: log);
            if (parse.GetValue(once)) watcher.RunOnceAsync(stop.Token).GetAwaiter().GetResult();
            else
            {
                log($"{config.Enabled.Count()} sources, {config.Alerts.Length} alert rules; worker {options.Worker}");
                watcher.RunAsync(stop.Token).GetAwaiter().GetResult();
            }
            dispatcher.DrainAsync().GetAwaiter().GetResult();
            dispatcher.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return 0;
        });
        return command;
    }

    private static Option<TimeSpan> IntervalOption(string name, string description, TimeSpan fallback) => new(name)
    {
        Description = $"{description} (default {PollInterval.Format(fallback)})",
        DefaultValueFactory = _ => fallback,
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (PollInterval.TryParse(token, out var t)) return t;
            result.AddError($"{name}: '{token}' is not an interval such as 30s, 2m or 1h");
            return fallback;
        },
    };
}
