using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Events;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sitrep.Monitor;

/// <summary>
/// Reads SOURCES.yml (see the README) strictly: an unknown key, a bad interval, URL, box or number, an
/// unknown event type, a duplicate name, is refused with its line, before anything is fetched. Reading
/// the YAML node tree rather than binding to classes is what keeps every node's line for the message.
/// </summary>
public static class WatchConfigReader
{
    private static readonly string[] TopKeys = ["sources", "alerts"];
    private static readonly string[] SourceKeys = ["name", "url", "country", "language", "every", "enabled"];
    private static readonly string[] AlertKeys = ["name", "country", "admin1", "bbox", "near", "types", "actors", "min_fatalities", "webhook", "file", "stdout"];
    private static readonly string[] NearKeys = ["lat", "lon", "km"];
    private static readonly TimeSpan DefaultEvery = TimeSpan.FromMinutes(15);

    /// <summary>The config, or the first problem in it.</summary>
    public static (WatchConfig? Config, WatchConfigError? Error) Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new WatchConfigError(path, 0, "cannot read the source list: " + e.Message.Split('\n')[0]));
        }
        return Parse(text, path);
    }

    public static (WatchConfig? Config, WatchConfigError? Error) Parse(string yaml, string path)
    {
        try
        {
            return (ReadRoot(yaml, path), null);
        }
        catch (Problem p)
        {
            return (null, new WatchConfigError(path, p.Line, p.Message));
        }
        catch (YamlException e)
        {
            return (null, new WatchConfigError(path, (int)e.Start.Line, "not valid YAML: " + e.Message.Split('\n')[0]));
        }
    }

    /// <summary>A problem at a node; thrown inside the reader only, returned as a value to callers.</summary>
    private sealed class Problem(int line, string message) : Exception(message)
    {
        public Problem(YamlNode? node, string message) : this(node is null ? 1 : (int)node.Start.Line, message) { }

        public int Line { get; } = line;
    }

    private static WatchConfig ReadRoot(string yaml, string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new Problem(stream.Documents.FirstOrDefault()?.RootNode, "the source list must be a mapping with 'sources:' (and 'alerts:')");
        CheckKeys(root, TopKeys, "the source list");
        var sourcesNode = Child(root, "sources") ?? throw new Problem(root, "no 'sources:': list at least one source");
        var sources = Sequence(sourcesNode, "sources").Select(ReadSource).ToImmutableArray();
        if (sources.IsEmpty) throw new Problem(sourcesNode, "'sources:' is empty: list at least one source");
        Unique(sources.Select(s => (s.Name, s.Line)), "source");
        var alerts = Child(root, "alerts") is { } alertsNode ? Sequence(alertsNode, "alerts").Select(ReadAlert).ToImmutableArray() : [];
        Unique(alerts.Select(a => (a.Name, a.Line)), "alert");
        return new WatchConfig(path, sources, alerts);
    }

    private static WatchedSource ReadSource(YamlNode node)
    {
        var map = node as YamlMappingNode ?? throw new Problem(node, "a source must be a mapping (name, url, every, ...)");
        CheckKeys(map, SourceKeys, "a source");
        var name = RequiredString(map, "name", "a source");
        var urlNode = Child(map, "url") ?? throw new Problem(map, $"source '{name}' has no url");
        var url = HttpUrl(urlNode, "url");
        var every = DefaultEvery;
        if (Child(map, "every") is { } everyNode)
        {
            var s = Scalar(everyNode, "every");
            if (!PollInterval.TryParse(s, out every))
                throw new Problem(everyNode, $"every: '{s}' is not an interval such as 90s, 15m, 1h or 1d");
        }
        var language = OptionalString(map, "language");
        if (language is not null && !(language.Length is 2 or 3 && language.All(char.IsAsciiLetterLower)))
            throw new Problem(Child(map, "language"), $"language: '{language}' is not a language code such as en or fr");
        var enabled = Child(map, "enabled") is { } en ? Boolean(en, "enabled") : true;
        return new WatchedSource(name, url, OptionalString(map, "country"), language, every, enabled, (int)map.Start.Line);
    }

    private static AlertRule ReadAlert(YamlNode node)
    {
        var map = node as YamlMappingNode ?? throw new Problem(node, "an alert must be a mapping (name, country, types, webhook, ...)");
        CheckKeys(map, AlertKeys, "an alert");
        var name = RequiredString(map, "name", "an alert");
        var targets = new[] { "webhook", "file", "stdout" }.Where(k => Child(map, k) is not null).ToList();
        if (targets.Count > 1)
            throw new Problem(targets.Select(k => Child(map, k)!).MaxBy(n => n.Start.Line), $"alert '{name}' has {string.Join(" and ", targets)}: give one target");
        AlertTarget? target = null;
        if (Child(map, "webhook") is { } hook) target = AlertTarget.Webhook(HttpUrl(hook, "webhook"));
        if (Child(map, "file") is { } file)
        {
            var p = Scalar(file, "file");
            if (p.Length == 0 || p.IndexOfAny(Path.GetInvalidPathChars()) >= 0) throw new Problem(file, $"file: '{p}' is not a file path");
            target = AlertTarget.File(p);
        }
        if (Child(map, "stdout") is { } stdout && Boolean(stdout, "stdout")) target = AlertTarget.Stdout;
        return new AlertRule
        {
            Name = name,
            Country = OptionalString(map, "country"),
            Admin1 = OptionalString(map, "admin1"),
            Bbox = Child(map, "bbox") is { } b ? Box(b) : null,
            Near = Child(map, "near") is { } n ? Circle(n) : null,
            Types = Child(map, "types") is { } t ? Strings(t, "types").Select(x => EventType(t, x)).ToImmutableArray() : [],
            Actors = Child(map, "actors") is { } a ? Strings(a, "actors").ToImmutableArray() : [],
            MinFatalities = Child(map, "min_fatalities") is { } f ? NonNegativeInt(f, "min_fatalities") : 0,
            Target = target,
            Line = (int)map.Start.Line,
        };
    }

    private static string EventType(YamlNode node, string type)
    {
        return SubEventType.TryParse(type)?.Name ?? Sitrep.Events.EventType.TryParse(type)?.Name ?? throw new Problem(node, $"types: '{type}' is not one of ACLED's event types or sub-event types");
    }

    private static GeoBox Box(YamlNode node)
    {
        var items = node is YamlSequenceNode seq ? seq.Children : throw new Problem(node, "bbox: give [minLon, minLat, maxLon, maxLat]");
        if (items.Count != 4) throw new Problem(node, "bbox: give four numbers [minLon, minLat, maxLon, maxLat]");
        var v = items.Select(i => Number(i, "bbox")).ToArray();
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] > v[2] || v[1] > v[3])
            throw new Problem(node, "bbox: give [minLon, minLat, maxLon, maxLat] with -180 <= minLon <= maxLon <= 180 and -90 <= minLat <= maxLat <= 90");
        return new GeoBox(v[0], v[1], v[2], v[3]);
    }

    private static GeoCircle Circle(YamlNode node)
    {
        var map = node as YamlMappingNode ?? throw new Problem(node, "near: give {lat, lon, km}");
        CheckKeys(map, NearKeys, "near");
        double Get(string key) => Child(map, key) is { } n ? Number(n, "near." + key) : throw new Problem(map, $"near: '{key}' is missing");
        var (lat, lon, km) = (Get("lat"), Get("lon"), Get("km"));
        if (lat is < -90 or > 90) throw new Problem(Child(map, "lat"), $"near.lat: {lat} is not a latitude");
        if (lon is < -180 or > 180) throw new Problem(Child(map, "lon"), $"near.lon: {lon} is not a longitude");
        if (km <= 0) throw new Problem(Child(map, "km"), "near.km: give a distance above 0");
        return new GeoCircle(lat, lon, km);
    }

    private static void CheckKeys(YamlMappingNode map, string[] allowed, string what)
    {
        foreach (var key in map.Children.Keys)
        {
            var k = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(k)) throw new Problem(key, $"unknown key '{k}' in {what} (known: {string.Join(", ", allowed)})");
        }
    }

    private static void Unique(IEnumerable<(string Name, int Line)> named, string what)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, line) in named)
            if (!seen.Add(name)) throw new Problem(line, $"a second {what} named '{name}': names must be unique");
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static IEnumerable<YamlNode> Sequence(YamlNode node, string key) =>
        node is YamlSequenceNode seq ? seq.Children : throw new Problem(node, $"'{key}:' must be a list (lines starting with '- ')");

    private static string Scalar(YamlNode node, string key) =>
        node is YamlScalarNode { Value: { } v } ? v.Trim() : throw new Problem(node, $"{key}: give a single value");

    private static string RequiredString(YamlMappingNode map, string key, string what) =>
        Child(map, key) is { } n && Scalar(n, key) is { Length: > 0 } s ? s : throw new Problem(Child(map, key) ?? map, $"{what} needs a '{key}'");

    private static string? OptionalString(YamlMappingNode map, string key) =>
        Child(map, key) is { } n ? Scalar(n, key) is { Length: > 0 } s ? s : throw new Problem(n, $"{key}: give a value or leave the key out") : null;

    private static IEnumerable<string> Strings(YamlNode node, string key) => node is YamlSequenceNode seq
        ? seq.Children.Select(c => Scalar(c, key) is { Length: > 0 } s ? s : throw new Problem(c, $"{key}: an empty entry"))
        : [Scalar(node, key)];

    private static Uri HttpUrl(YamlNode node, string key)
    {
        var s = Scalar(node, key);
        if (!Uri.TryCreate(s, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || string.IsNullOrEmpty(url.Host))
            throw new Problem(node, $"{key}: '{s}' is not an http(s) URL");
        return url;
    }

    private static bool Boolean(YamlNode node, string key) => Scalar(node, key).ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var s => throw new Problem(node, $"{key}: '{s}' is not true or false"),
    };

    private static double Number(YamlNode node, string key) =>
        double.TryParse(Scalar(node, key), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d : throw new Problem(node, $"{key}: '{Scalar(node, key)}' is not a number");

    private static int NonNegativeInt(YamlNode node, string key) =>
        int.TryParse(Scalar(node, key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new Problem(node, $"{key}: '{Scalar(node, key)}' is not a whole number of 0 or more");
}
