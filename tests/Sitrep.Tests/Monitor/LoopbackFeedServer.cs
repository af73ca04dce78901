using System.Collections.Concurrent;
using System.Net;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sitrep.Tests.Monitor;

/// <summary>
/// A news site and a webhook receiver on a free loopback port, written by the tests: RSS feeds whose items
/// link to article pages on the same host and port (answering 304 to a current ETag), a front page linking
/// its articles, and <c>/hook/NAME</c> that records every POST. No request leaves the machine.
/// </summary>
public sealed class LoopbackFeedServer : IAsyncDisposable
{
    public sealed record Article(string Slug, string Title, string Text, DateOnly Published, string? LinkBase = null);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, List<Article>> _feeds = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private readonly ConcurrentDictionary<string, int> _hookFailures = new();

    public string Url { get; }
    public ConcurrentQueue<(string Hook, string Body)> HookPosts { get; } = new();
    /// <summary>Feeds answering 500.</summary>
    public ConcurrentDictionary<string, bool> Broken { get; } = new();
    /// <summary>How long each article page takes to serve: makes a poll last long enough to be caught in the middle.</summary>
    public TimeSpan PageDelay { get; set; } = TimeSpan.Zero;

    public LoopbackFeedServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            _requests.AddOrUpdate(context.Request.Path + context.Request.QueryString, 1, (_, n) => n + 1);
            await next();
        });
        _app.MapGet("/feeds/{name}.xml", (string name, HttpContext context) =>
        {
            if (Broken.ContainsKey(name)) return Results.StatusCode(500);
            var items = Items(name);
            var etag = $"\"{name}-{items.Count}\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(304);
            context.Response.Headers.ETag = etag;
            return Results.Text(Rss(name, items), "application/rss+xml", Encoding.UTF8);
        });
        _app.MapGet("/front/{name}", (string name) =>
        {
            var links = string.Concat(Items(name).Select(a => $"<li><a href=\"/articles/{a.Slug}.html\">{SecurityElement.Escape(a.Title)}</a></li>"));
            return Results.Text($"<html><body><nav><a href=\"/\">Home</a> <a href=\"/style.css\">x</a></nav><ul>{links}</ul></body></html>", "text/html", Encoding.UTF8);
        });
        _app.MapGet("/articles/{slug}.html", async (string slug) =>
        {
            if (PageDelay > TimeSpan.Zero) await Task.Delay(PageDelay);
            var a = _feeds.Values.SelectMany(f => { lock (f) return f.ToList(); }).FirstOrDefault(x => x.Slug == slug);
            if (a is null) return Results.NotFound();
            var body = string.Concat(a.Text.Split('\n').Select(p => $"<p>{SecurityElement.Escape(p)}</p>"));
            return Results.Text($"<html><head><title>{SecurityElement.Escape(a.Title)}</title></head><body><article><h1>{SecurityElement.Escape(a.Title)}</h1>{body}</article></body></html>",
                "text/html", Encoding.UTF8);
        });
        _app.MapPost("/hook/{name}", async (string name, HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            if (_hookFailures.TryGetValue(name, out var left) && left != 0)
            {
                _hookFailures[name] = left - 1;
                return Results.StatusCode(503);
            }
            HookPosts.Enqueue((name, body));
            return Results.Ok();
        });
        _app.StartAsync().GetAwaiter().GetResult();
        Url = _app.Urls.First().TrimEnd('/');
    }

    public string FeedUrl(string name) => $"{Url}/feeds/{name}.xml";
    public string FrontUrl(string name) => $"{Url}/front/{name}";
    public string HookUrl(string name) => $"{Url}/hook/{name}";

    public void Add(string feed, Article article)
    {
        var items = _feeds.GetOrAdd(feed, _ => []);
        lock (items) items.Add(article);
    }

    /// <summary>The hook answers 503 to its next <paramref name="times"/> POSTs (-1: always).</summary>
    public void FailHook(string name, int times) => _hookFailures[name] = times;

    public int Requests(string pathAndQuery) => _requests.TryGetValue(pathAndQuery, out var n) ? n : 0;

    public int TotalRequests => _requests.Values.Sum();

    public int ArticleRequests => _requests.Where(r => r.Key.StartsWith("/articles/", StringComparison.Ordinal)).Sum(r => r.Value);

    private List<Article> Items(string name)
    {
        var items = _feeds.GetOrAdd(name, _ => []);
        lock (items) return items.ToList();
    }

    private string Rss(string name, List<Article> items)
    {
        var sb = new StringBuilder($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{name}</title><link>{Url}/</link><description>test</description>");
        foreach (var a in items)
        {
            var link = (a.LinkBase ?? Url) + $"/articles/{a.Slug}.html";
            sb.Append($"<item><title>{SecurityElement.Escape(a.Title)}</title><link>{link}</link><guid>{a.Slug}</guid>" +
                      $"<pubDate>{a.Published.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc):R}</pubDate><description>{SecurityElement.Escape(a.Text.Split('\n')[0])}</description></item>");
        }
        return sb.Append("</channel></rss>").ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
