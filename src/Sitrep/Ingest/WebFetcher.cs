using System.Net;
using System.Net.Http.Headers;

namespace Sitrep.Ingest;

/// <summary>
/// Fetches pages a user named, politely and within bounds: a deadline on each whole response (headers and body,
/// so a server that trickles its body cannot hold a batch), a few retries with back-off on timeouts before an answer
/// and on server errors (never after a body began to come: a trickle is not retried), a size limit, only http and https, and redirects followed only within the host and port the user named
/// (<see cref="SameSite"/>). The only network access Sitrep makes, and only when asked.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _http;

    public WebFetcher(TimeSpan? timeout = null, long maxBytes = 5 * 1024 * 1024, int retries = 2, HttpMessageHandler? handler = null)
    {
        _http = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All })
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(20),
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Sitrep", "1.0"));
        MaxBytes = maxBytes;
        Retries = retries;
    }

    public long MaxBytes { get; }
    public int Retries { get; }

    /// <summary>The body of <paramref name="url"/>, or why it could not be had.</summary>
    public async Task<(byte[]? Body, string? ContentType, string? Error)> FetchAsync(Uri url, CancellationToken outer = default)
    {
        var r = await FetchAsync(url, null, null, outer);
        return (r.Body, r.ContentType, r.Error);
    }

    /// <summary>
    /// A conditional GET: with the validators of the copy last fetched (ETag, Last-Modified), a server whose
    /// resource has not changed answers 304 and sends nothing, which comes back as <see cref="FetchResponse.NotModified"/>.
    /// </summary>
    public async Task<FetchResponse> FetchAsync(Uri url, string? etag, string? lastModified, CancellationToken outer = default)
    {
        if (!SameSite.IsWebScheme(url)) return new FetchResponse(null, null, $"not an http or https address ({url.Scheme}:), not fetched");
        var current = url;
        for (int attempt = 0; ; attempt++)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(outer);
            deadline.CancelAfter(_http.Timeout);
            var ct = deadline.Token;
            // Set once a body starts to come: a server that answered and then trickles past the deadline would do it
            // again, so that is not retried, and a fetch costs one deadline, not one per try.
            bool answered = false;
            try
            {
                for (int hops = 0; hops < 5; hops++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, current);
                    if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                    if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                    using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
                    if (response.StatusCode == HttpStatusCode.NotModified) return new FetchResponse(null, null, null, true, etag, lastModified);
                    if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                    {
                        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                        if (!SameSite.Allows(url, next))
                            return new FetchResponse(null, null, $"redirected to another host or port ({next.GetLeftPart(UriPartial.Authority)}), not followed");
                        current = next;
                        continue;
                    }
                    if ((int)response.StatusCode >= 500 && attempt < Retries) throw new HttpRequestException($"HTTP {(int)response.StatusCode}");
                    if (!response.IsSuccessStatusCode) return new FetchResponse(null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                    if (response.Content.Headers.ContentLength > MaxBytes) return new FetchResponse(null, null, $"larger than {MaxBytes / 1048576} MB");
                    answered = true;
                    await using var stream = await response.Content.ReadAsStreamAsync(ct);
                    var buffer = new MemoryStream();
                    var chunk = new byte[81920];
                    int n;
                    while ((n = await stream.ReadAsync(chunk, ct)) > 0)
                    {
                        if (buffer.Length + n > MaxBytes) return new FetchResponse(null, null, $"larger than {MaxBytes / 1048576} MB");
                        buffer.Write(chunk, 0, n);
                    }
                    return new FetchResponse(buffer.ToArray(), response.Content.Headers.ContentType?.MediaType, null, false,
                        response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
                }
                return new FetchResponse(null, null, "too many redirects");
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException && !outer.IsCancellationRequested)
            {
                if (attempt >= Retries || answered) return new FetchResponse(null, null, e is OperationCanceledException ? $"no whole answer within {_http.Timeout.TotalSeconds:0} s" : e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(500 * (1 << attempt)), outer);
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
