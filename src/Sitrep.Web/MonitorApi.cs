using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sitrep.Documents;
using Sitrep.Monitor;

namespace Sitrep.Web;

/// <summary>The monitor's part of the API: fired alerts and the health of watched sources, as <c>sitrep alerts</c> and <c>sitrep sources</c> show them.</summary>
public static class MonitorApi
{
    public const int MaxAlerts = 1000;

    public static RouteGroupBuilder MapMonitorApi(this IEndpointRouteBuilder app, string store)
    {
        using (MonitorStore.Open(store)) { } // the tables, once, up front
        var api = app.MapGroup("/api");

        api.MapGet("/alerts", Results<Ok<IReadOnlyList<AlertView>>, ProblemHttpResult> (string? limit, string? rule) =>
        {
            int n = 50;
            if (limit is not null && (!int.TryParse(limit, out n) || n is < 1 or > MaxAlerts))
                return SitrepApi.Refusal(Problem.OfParameter("limit", $"'{limit}' is not a number from 1 to {MaxAlerts}"));
            using var monitor = MonitorStore.Open(store, createSchema: false);
            return TypedResults.Ok<IReadOnlyList<AlertView>>(monitor.Alerts(n, rule).Select(AlertView.From).ToList());
        }).WithSummary("Fired alerts, newest first (limit, default 50; rule), each with its delivery and the payload sent");

        api.MapGet("/sources", () =>
        {
            using var monitor = MonitorStore.Open(store, createSchema: false);
            return TypedResults.Ok(monitor.Sources());
        }).WithSummary("Watched sources and their health: last success, last error, failures in a row, items seen, events found, next poll");
        return api;
    }
}
