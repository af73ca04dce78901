using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>The REST API: events with their filters, one event with its sources' text, counts, document intake, exports.</summary>
public static class SitrepApi
{
    public const string ProblemBase = "https://sitrep.example/problems/";

    /// <summary>A document posted to <c>/api/documents</c>.</summary>
    public sealed record PostedDocument(string? Id, string? Text, string? Published, string? Title, string? Url, string? Source);

    /// <summary>One source of an event, with the text its evidence spans index.</summary>
    public sealed record SourceText(string DocId, string? Outlet, string? Url, DateOnly? Published, string? Title, string Text);

    public sealed record EventDetail(CodedEvent Event, IReadOnlyList<SourceText> Documents);

    /// <summary>A page of events. <c>total_is</c>: exact (this page ends the list), counted (now) or cached (counted at <c>total_as_of</c>).</summary>
    public sealed record EventPage(long Total, string TotalIs, DateTimeOffset TotalAsOf, int Limit, int Offset, string? NextAfter, IReadOnlyList<CodedEvent> Events);

    public sealed record Stats(long Events, long Documents, IReadOnlyList<DayCount> ByDay, IReadOnlyList<NameCount> ByType, IReadOnlyList<NameCount> ByCountry);
    public sealed record DayCount(DateOnly Day, long Count);
    public sealed record NameCount(string Name, long Count);

    /// <summary>ACLED's event types with their sub-event types, and the actor kinds (inter codes) with their labels: what the filters take.</summary>
    public sealed record Taxonomy(IReadOnlyList<EventTypeEntry> EventTypes, IReadOnlyList<ActorKind> ActorKinds);
    public sealed record EventTypeEntry(string Name, IReadOnlyList<string> SubEventTypes);
    public sealed record ActorKind(int Code, string Label);

    /// <summary>What a post did; <c>StoredAs</c> is the derived id it was stored under when another text held its id.</summary>
    public sealed record Stored(bool NewDocument, IReadOnlyList<string> Events, string? StoredAs = null);

    public static RouteGroupBuilder MapSitrepApi(this IEndpointRouteBuilder app, StoreFactory stores, Func<Coder> coder, string? apiKey, ExportConventions? exportConventions = null)
    {
        var conventions = exportConventions ?? ExportConventions.None;
        var totals = new TotalCache(TimeProvider.System);
        var api = app.MapGroup("/api");

        api.MapGet("/events", Results<ContentHttpResult, ProblemHttpResult> ([AsParameters] EventFilterParameters filters) =>
        {
            var (query, error) = ApiQuery.Parse(filters);
            if (query is null) return Refusal(error!);
            using var store = stores.Open();
            if (query.After is { } after)
            {
                // An id an event absorbed in a merge still names it: page after the event it is now.
                if (store.Get(after) is not { } from) return Refusal(Problem.OfParameter("after", $"no event '{after}'"));
                query = query with { After = from.EventId };
            }
            var events = store.QueryJson(query);
            // A page that is not full ends the list, so its total is exact and free; otherwise the count comes from the cache.
            var (total, asOf, how) = events.Count < query.Limit && query.After is null
                ? (query.Offset + events.Count, DateTimeOffset.UtcNow, "exact")
                : totals.Get(query, store.Count) is var t && t.Cached ? (t.Total, t.At, "cached") : (t.Total, t.At, "counted");
            string? next = events.Count == query.Limit && events.Count > 0
                ? JsonDocument.Parse(events[^1]).RootElement.GetProperty("event_id").GetString() : null;
            // The stored JSON of each event goes out as it is: no decoding and re-encoding per request.
            var sb = new StringBuilder($"{{\"total\":{total},\"total_is\":\"{how}\",\"total_as_of\":\"{asOf.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\",");
            sb.Append($"\"limit\":{query.Limit},\"offset\":{query.Offset},\"next_after\":{(next is null ? "null" : JsonSerializer.Serialize(next, EventJson.Compact))},\"events\":[");
            for (int i = 0; i < events.Count; i++) sb.Append(i == 0 ? "" : ",").Append(events[i]);
            sb.Append("]}");
            return TypedResults.Content(sb.ToString(), "application/json; charset=utf-8");
        }).WithSummary("Events matching the filters, newest first, a page at a time")
          .WithDescription($"Pages of {ApiQuery.DefaultLimit} by default (limit up to {ApiQuery.MaxLimit}). Page on with after=next_after (keyset paging, " +
                           "stable while events are added) or with offset. total counts every match: 'exact' when this page ends the list, " +
                           $"'counted' when counted for this request, 'cached' when counted at total_as_of (kept {TotalCache.Lifetime.TotalSeconds:N0} s per filter, cleared when a document is posted).")
          .Produces<EventPage>(200, "application/json")
          .ProducesProblem(400);

        api.MapGet("/events/{id}", Results<Ok<EventDetail>, ProblemHttpResult> (string id) =>
        {
            using var store = stores.Open();
            var e = store.Get(id);
            if (e is null) return Refusal(new Problem(ErrorCode.NotFound, "", null, $"no event '{id}'"));
            var docs = e.Sources.Select(s => store.GetDocument(s.DocId)).Where(d => d is not null)
                .Select(d => new SourceText(d!.Id, d.Source, d.Url, d.Published, d.Title, d.Text)).ToList();
            return TypedResults.Ok(new EventDetail(e, docs));
        }).WithSummary("One event with its sources' text and the evidence span behind every coded field")
          .ProducesProblem(404);

        api.MapGet("/taxonomy", () => TypedResults.Ok(new Taxonomy(
                SubEventType.All.GroupBy(s => s.EventType).Select(g => new EventTypeEntry(g.Key.Name, g.Select(s => s.Name).ToList())).ToList(),
                conventions.InterLabelsByCode.OrderBy(k => k.Key).Select(k => new ActorKind(k.Key, k.Value)).ToList())))
           .WithSummary("ACLED's event and sub-event types and the actor kinds, as the filters take them");

        api.MapGet("/stats", Results<Ok<Stats>, ProblemHttpResult> ([AsParameters] EventFilterParameters filters) =>
        {
            var (query, error) = ApiQuery.Parse(filters);
            if (query is null) return Refusal(error!);
            using var store = stores.Open();
            var s = store.Stats(query with { Limit = int.MaxValue });
            return TypedResults.Ok(new Stats(s.Events, s.Documents, s.ByDay.Select(d => new DayCount(d.Day, d.Count)).ToList(),
                s.ByType.Select(t => new NameCount(t.Type, t.Count)).ToList(), s.ByCountry.Select(c => new NameCount(c.Country, c.Count)).ToList()));
        }).WithSummary("Counts of events by day, type and country, under the same filters")
          .ProducesProblem(400);

        api.MapPost("/documents", async Task<Results<Created<Stored>, Ok<Stored>, ProblemHttpResult>> (HttpRequest request) =>
        {
            // The key is checked before a byte of the body is read, and the body's size (BodyLimits) before that.
            if (KeyProblem(request, apiKey, "post documents") is { } denied) return denied;
            var (body, bad) = await ReadPosted(request);
            if (bad is not null) return bad;
            var (doc, invalid) = ToDocument(body!);
            if (invalid is not null) return invalid;
            var events = coder().Code(doc);
            using var store = stores.Open();
            var outcome = store.Ingest(doc, events);
            var stored = new Stored(outcome.NewDocument, outcome.EventIds, outcome.StoredAs);
            if (outcome.NewDocument) totals.Clear();
            return outcome.NewDocument ? TypedResults.Created($"/api/events?q=", stored) : TypedResults.Ok(stored);
        }).WithSummary("Code a document and store it with its events (needs the X-Api-Key header)")
          .Accepts<PostedDocument>("application/json")
          .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(413);

        // An analyst's corrections, behind the key like every write: recorded, so re-clustering honours them.
        api.MapPost("/events/{id}/split", async Task<Results<Ok<Corrected>, ProblemHttpResult>> (string id, HttpRequest request) =>
        {
            if (KeyProblem(request, apiKey, "correct events") is { } denied) return denied;
            var (body, bad) = await ReadJson<SplitRequest>(request);
            if (bad is not null) return bad;
            if (body!.Reports is not { Count: > 0 } reports) return Refusal(Problem.OfParameter("reports", "name the reports to split off (doc#n, or a document's id)"));
            using var store = stores.Open();
            return Answer(store.Split(id, reports));
        }).WithSummary("Split reports off an event: they become another event, and stay apart (needs the X-Api-Key header)")
          .Accepts<SplitRequest>("application/json");

        api.MapPost("/events/{id}/merge", async Task<Results<Ok<Corrected>, ProblemHttpResult>> (string id, HttpRequest request) =>
        {
            if (KeyProblem(request, apiKey, "correct events") is { } denied) return denied;
            var (body, bad) = await ReadJson<MergeRequest>(request);
            if (bad is not null) return bad;
            if (string.IsNullOrWhiteSpace(body!.With)) return Refusal(Problem.OfParameter("with", "name the event to merge into this one"));
            using var store = stores.Open();
            return Answer(store.Merge(id, body.With));
        }).WithSummary("Merge another event into this one: they stay one event, under the older id (needs the X-Api-Key header)")
          .Accepts<MergeRequest>("application/json");

        api.MapGet("/export.csv", ([AsParameters] EventFilterParameters filters, [FromQuery(Name = "inter_labels"), System.ComponentModel.Description("true: inter1, inter2 and interaction as ACLED's labels")] string? interLabels) =>
                Export(filters, interLabels, stores, conventions, EventFormat.Csv, "text/csv", "sitrep-events.csv"))
            .WithSummary("Events as CSV in ACLED's current layout, then Sitrep's columns, under the same filters; inter_labels=true writes inter codes as ACLED's labels")
            .Produces(200, contentType: "text/csv").ProducesProblem(400);
        api.MapGet("/export.geojson", ([AsParameters] EventFilterParameters filters) => Export(filters, null, stores, conventions, EventFormat.GeoJson, "application/geo+json", "sitrep-events.geojson"))
            .WithSummary("Events as a GeoJSON FeatureCollection, under the same filters")
            .Produces(200, contentType: "application/geo+json").ProducesProblem(400);
        return api;
    }

    private static IResult Export(EventFilterParameters filters, string? interLabels, StoreFactory stores, ExportConventions conventions, EventFormat format, string contentType, string fileName)
    {
        var (query, error) = ApiQuery.Parse(filters, defaultLimit: ApiQuery.MaxLimit);
        if (query is null) return Refusal(error!);
        bool labels = false;
        if (!string.IsNullOrEmpty(interLabels) && !bool.TryParse(interLabels, out labels))
            return Refusal(Problem.OfParameter("inter_labels", $"'{interLabels}' is not true or false"));
        using var store = stores.Open();
        var sb = new StringWriter();
        var writer = EventWriters.Create(format, sb, conventions with { InterLabels = labels });
        foreach (var e in store.Query(query)) writer.Write(e);
        writer.Complete();
        return TypedResults.File(Encoding.UTF8.GetBytes(sb.ToString()), contentType, fileName);
    }

    /// <summary>The body of a split: the reports to take out of the event.</summary>
    public sealed record SplitRequest(IReadOnlyList<string>? Reports);

    /// <summary>The body of a merge: the event to merge into the one of the path.</summary>
    public sealed record MergeRequest(string? With);

    /// <summary>The events a correction left.</summary>
    public sealed record Corrected(IReadOnlyList<string> Events);

    private static Results<Ok<Corrected>, ProblemHttpResult> Answer(CorrectionResult result) =>
        result.Succeeded ? TypedResults.Ok(new Corrected(result.EventIds))
        : Refusal(new Problem(result.UnknownEvent ? ErrorCode.NotFound : ErrorCode.InvalidParameter, "", null, result.Refusal!));

    /// <summary>Why a write is refused before its body is read: no key configured (403), or a missing or wrong key (401).</summary>
    private static ProblemHttpResult? KeyProblem(HttpRequest request, string? apiKey, string what)
    {
        if (string.IsNullOrEmpty(apiKey))
            return Refusal(new Problem(ErrorCode.Forbidden, "", null, "writing is off: the server has no API key configured (SITREP_API_KEY)"));
        var given = request.Headers["X-Api-Key"].ToString();
        if (given.Length == 0 && request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal)) given = auth[7..];
        return CryptographicEquals(given, apiKey) ? null : Refusal(new Problem(ErrorCode.Unauthorized, "", null, $"a valid X-Api-Key header is needed to {what}"));
    }

    private static Task<(PostedDocument? Body, ProblemHttpResult? Refused)> ReadPosted(HttpRequest request) => ReadJson<PostedDocument>(request);

    /// <summary>The posted JSON, or the problem it has: malformed (400) or, sent without a length, over the limit (413).</summary>
    private static async Task<(T? Body, ProblemHttpResult? Refused)> ReadJson<T>(HttpRequest request) where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, PostedJson, request.HttpContext.RequestAborted);
            return body is null ? (null, Refusal(new Problem(ErrorCode.MalformedJson, "", null, "the body must be a JSON object"))) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, Refusal(new Problem(ErrorCode.MalformedJson, "", null, e.Message.Split(" Path:")[0].Split(" LineNumber:")[0])));
        }
        catch (InvalidOperationException e)
        {
            // A lone surrogate escape ("\ud800") is well-formed JSON that is not text.
            return (null, Refusal(new Problem(ErrorCode.MalformedJson, "", null, e.Message)));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Refusal(new Problem(ErrorCode.InputTooLarge, "", null, $"the body is over the {BodyLimits.Of(request):N0} bytes this endpoint takes")));
        }
    }

    /// <summary>The document a post becomes, or the problem with it (the same codes the CLI names for a JSONL line).</summary>
    private static (Document? Document, ProblemHttpResult? Refused) ToDocument(PostedDocument body)
    {
        if (string.IsNullOrWhiteSpace(body.Text)) return (null, Refusal(new Problem(ErrorCode.MissingField, "text", null, "a document needs text")));
        DateOnly? published = null;
        if (body.Published is { } p)
        {
            if (!DateText.TryParse(p, out var d)) return (null, Refusal(new Problem(ErrorCode.InvalidDate, "published", null, $"'{p}' is not {DateText.Expected}")));
            published = d;
        }
        var id = string.IsNullOrWhiteSpace(body.Id) ? "post-" + DocumentKey.Of(new Document("x", body.Text))[..16] : body.Id;
        var doc = new Document(id, body.Text, published, body.Title, body.Url, body.Source);
        if (doc.FieldWithNul() is { } field) return (null, Refusal(new Problem(ErrorCode.BinaryInput, field, null, "holds a NUL character (\\u0000), which text never has")));
        return (doc, null);
    }

    private static readonly JsonSerializerOptions PostedJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// A <see cref="Problem"/> as an RFC 9457 answer: status, title and type from the error catalogue the CLI prints
    /// from, the detail as the CLI's line has it less the title, and where (parameter, field) and line as members.
    /// </summary>
    internal static ProblemHttpResult Refusal(Problem problem)
    {
        var extensions = new Dictionary<string, object?>();
        if (problem.Where.Length > 0) extensions["where"] = problem.Where;
        if (problem.Line is int line) extensions["line"] = line;
        return TypedResults.Problem(statusCode: ErrorCatalog.Status(problem.Code), title: ErrorCatalog.Title(problem.Code), detail: problem.Message,
            type: ProblemBase + ErrorCatalog.Slug(problem.Code), extensions: extensions);
    }

    private static bool CryptographicEquals(string a, string b) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
