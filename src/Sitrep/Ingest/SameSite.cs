namespace Sitrep.Ingest;

/// <summary>
/// Which addresses a fetch that started at one may go on to (a feed's items, a page's redirects): only http and
/// https, on the same host and the same port. Another port of the same host is another service (a database, an
/// admin console on the loopback), which a feed must not make Sitrep read and store. The one change of port
/// allowed is the upgrade from http on port 80 to https on port 443, which is how sites move readers to https.
/// </summary>
public static class SameSite
{
    public static bool IsWebScheme(Uri uri) => uri.IsAbsoluteUri && uri.Scheme is "http" or "https";

    public static bool Allows(Uri origin, Uri target) =>
        IsWebScheme(target) && string.Equals(origin.Host, target.Host, StringComparison.OrdinalIgnoreCase)
        && (origin.Port == target.Port || (origin.Scheme == "http" && origin.Port == 80 && target.Scheme == "https" && target.Port == 443));
}
