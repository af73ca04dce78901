using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sitrep.Web;

/// <summary>
/// One log line per request (method, path and query, status, milliseconds, client), through ASP.NET Core's logging.
/// Headers are never logged, so neither is the API key; a query value under a name that looks like a secret
/// (key, token, password) is written as ***, should a client put one there.
/// </summary>
public static class RequestLog
{
    public const string Category = "Sitrep.Requests";

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            long start = Stopwatch.GetTimestamp();
            try
            {
                await next();
            }
            finally
            {
                var r = context.Request;
                var level = context.Response.StatusCode >= 500 ? LogLevel.Error : LogLevel.Information;
                log.Log(level, "{Method} {Target} {Status} {Milliseconds:0.0} ms {Client}", r.Method, r.Path + Query(r), context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(start).TotalMilliseconds, context.Connection.RemoteIpAddress?.ToString() ?? "-");
            }
        });
    }

    private static string Query(HttpRequest r)
    {
        if (r.Query.Count == 0) return "";
        var parts = r.Query.Select(q => Uri.EscapeDataString(q.Key) + "=" + (Secret(q.Key) ? "***" : Uri.EscapeDataString(q.Value.ToString())));
        return "?" + string.Join("&", parts);
    }

    private static bool Secret(string name) =>
        name.Contains("key", StringComparison.OrdinalIgnoreCase) || name.Contains("token", StringComparison.OrdinalIgnoreCase)
        || name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("secret", StringComparison.OrdinalIgnoreCase);
}
