using System.Net;
using System.Net.Http.Headers;

namespace Sitrep.Ingest;

/// <summary>
/// Fetches pages a user named, politely and within bounds: a timeout per request, a few retries with
/// back-off on timeouts and server errors, a size limit, and redirects followed only within the host
/// the user named. The only network access Sitrep makes, and only when asked.
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
    public async Task<(byte[]? Body, string? ContentType, string? Error)> FetchAsync(Uri url, CancellationToken ct = default)
    {
        var host = url.Host;
        var current = url;
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                for (int hops = 0; hops < 5; hops++)
                {
                    using var response = await _http.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, ct);
                    if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                    {
                        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                        if (!string.Equals(next.Host, host, StringComparison.OrdinalIgnoreCase))
                            return (null, null, $"redirected to another host ({next.Host}), not followed");
                        current = next;
                        continue;
                    }
                    if ((int)response.StatusCode >= 500 && attempt < Retries) throw new HttpRequestException($"HTTP {(int)response.StatusCode}");
                    if (!response.IsSuccessStatusCode) return (null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                    if (response.Content.Headers.ContentLength > MaxBytes) return (null, null, $"larger than {MaxBytes / 1048576} MB");
                    await using var stream = await response.Content.ReadAsStreamAsync(ct);
                    var buffer = new MemoryStream();
                    var chunk = new byte[81920];
                    int n;
                    while ((n = await stream.ReadAsync(chunk, ct)) > 0)
                    {
                        if (buffer.Length + n > MaxBytes) return (null, null, $"larger than {MaxBytes / 1048576} MB");
                        buffer.Write(chunk, 0, n);
                    }
                    return (buffer.ToArray(), response.Content.Headers.ContentType?.MediaType, null);
                }
                return (null, null, "too many redirects");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                if (attempt >= Retries) return (null, null, e is TaskCanceledException ? "timed out" : e.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(500 * (1 << attempt)), ct);
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
