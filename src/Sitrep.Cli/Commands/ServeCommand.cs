using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve --db TARGET</c>: the REST API and the dashboard (map, timeline, table, evidence).</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var db = StoreOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => DefaultUrl };
        var apiKey = new Option<string?>("--api-key") { Description = "Key that POST /api/documents needs (default: $SITREP_API_KEY; none disables posting)" };
        var data = CommonOptions.Data();
        var watch = new Option<string?>("--watch") { Description = "Also poll the sources of this list (as 'sitrep watch' does) in the background" };
        var command = new Command("serve", "Serve the REST API and the dashboard over a store") { db, urls, apiKey, data, watch };
        command.SetAction(parse =>
        {
            Sitrep.Monitor.WatchConfig? sources = null;
            if (parse.GetValue(watch) is { } list)
            {
                var (config, error) = Sitrep.Monitor.WatchConfigReader.Read(list);
                if (config is null) { CliErrors.Write(error!.ToString()); return CliErrors.Usage; }
                sources = config;
            }
            var target = Sitrep.Storage.EventStores.Target(parse.GetValue(db));
            using (var probe = StoreOptions.TryOpen(target)) if (probe is null) return CliErrors.Failure;
            var key = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("SITREP_API_KEY");
            return Run(new SitrepServerOptions(target, key, parse.GetValue(data), Log: true, Watch: sources), parse.GetValue(urls)!);
        });
        return command;
    }

    public static int Run(SitrepServerOptions options, string urls)
    {
        var app = SitrepServer.Build(options, urls.Split(';', StringSplitOptions.RemoveEmptyEntries));
        try
        {
            app.Start();
        }
        // Kestrel refuses a port out of range or a malformed address with these; a port in use is an IOException.
        catch (Exception e) when (e is IOException or ArgumentException or FormatException or InvalidOperationException or UriFormatException)
        {
            CliErrors.Write($"{urls}: cannot listen: {e.Message.Split('\n')[0]}");
            return CliErrors.Failure;
        }
        foreach (var url in app.Urls) Console.WriteLine($"Sitrep dashboard: {url}/   API: {url}/api/events   OpenAPI: {url}/openapi/v1.json");
        Console.Out.Flush();
        app.WaitForShutdown();
        return 0;
    }
}
