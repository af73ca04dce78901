using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sitrep.Coding;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Web;

/// <summary>Builds the web application: the API, its OpenAPI document, and the dashboard's static files.</summary>
public static class SitrepServer
{
    public static WebApplication Build(SitrepServerOptions options, string[] urls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot") });
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        if (options.Log)
        {
            // One line an entry, on stderr (stdout is for the command's own output): the request lines and errors, not the framework's chatter.
            builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ssZ "; o.UseUtcTimestamp = true; });
            builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
            builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(RequestLog.Category, LogLevel.Information);
            // A host that cannot start (port in use or out of range) is reported by the caller in one line; not again with a stack.
            builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>("Microsoft.Extensions.Hosting", LogLevel.None);
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<SitrepOpenApi>());
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = EventJson.Compact.Encoder;
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
        });
        var coder = new Lazy<Coder>(() => new Coder(CodingResources.Load(options.DataDirectory)));
        if (options.Watch is { } watch) builder.Services.AddHostedService(_ => new WatchService(watch, options.Store, () => coder.Value));
        var app = builder.Build();
        app.UseRequestLog();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseBodyLimits();
        // Nothing from a document may run in the page: scripts only from this server, no inline code; and no other site
        // may frame the dashboard (frame-ancestors: clickjacking).
        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next();
        });
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(app.Environment.WebRootPath) });
        app.MapOpenApi();
        var stores = new StoreFactory(options.Store);
        app.MapSitrepApi(stores, () => coder.Value, options.ApiKey, ExportConventions.Load(options.DataDirectory ?? CodingResources.DefaultDataDirectory()));
        app.MapMonitorApi(options.Store);
        return app;
    }
}
