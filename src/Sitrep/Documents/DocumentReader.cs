using System.Text;

namespace Sitrep.Documents;

/// <summary>
/// Reads documents from paths: a .txt or .html file, a .jsonl file of documents,
/// a folder (recursively), or <c>-</c> for standard input. Failures come back as
/// <see cref="ReadResult"/> values, one per broken item, and never stop the batch.
/// </summary>
public static class DocumentReader
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> JsonlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, ReadOptions options, Func<Stream>? stdin = null)
    {
        foreach (var path in paths)
            foreach (var r in Read(path, options, stdin))
                yield return r;
    }

    public static IEnumerable<ReadResult> Read(string path, ReadOptions options, Func<Stream>? stdin = null)
    {
        if (path == "-")
        {
            using var stream = (stdin ?? Console.OpenStandardInput)();
            var format = options.Format == InputFormat.Auto ? InputFormat.Text : options.Format;
            foreach (var r in ReadStream(stream, "<stdin>", "stdin", format, options))
                yield return r;
            yield break;
        }
        if (Directory.Exists(path))
        {
            foreach (var (file, error) in FolderEntries(path))
            {
                if (error is not null) { yield return ReadResult.Failure(error); continue; }
                foreach (var r in ReadFile(file, options))
                    yield return r;
            }
            yield break;
        }
        foreach (var r in ReadFile(path, options))
            yield return r;
    }

    /// <summary>
    /// The documents of a folder and its subfolders in ordinal order of their paths, and what could not be read
    /// there: a subfolder that cannot be listed, a link that leads nowhere, or back to a folder already read
    /// (a loop, which would read the same files for ever). Each file is read once, under whichever name comes first.
    /// </summary>
    private static IEnumerable<(string File, Problem? Error)> FolderEntries(string root)
    {
        var found = new List<(string File, Problem? Error)>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Path, string Real)>();
        pending.Push((root, RealPath(root) ?? Path.GetFullPath(root)));
        while (pending.Count > 0)
        {
            var (folder, real) = pending.Pop();
            if (!folders.Add(real))
            {
                found.Add((folder, new Problem(ErrorCode.ReadFailed, folder, null, $"a link back to {real}, already read; not read again")));
                continue;
            }
            string[] entries;
            try { entries = Directory.GetFileSystemEntries(folder); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                found.Add((folder, new Problem(ErrorCode.ReadFailed, folder, null, "cannot list the folder: " + e.Message)));
                continue;
            }
            foreach (var entry in entries)
            {
                var info = new FileInfo(entry);
                bool link = info.LinkTarget is not null;
                if (Directory.Exists(entry))
                {
                    var target = link ? RealPath(entry) : Path.Combine(real, info.Name);
                    if (target is null) found.Add((entry, new Problem(ErrorCode.ReadFailed, entry, null, "a link that leads round in a loop")));
                    else pending.Push((entry, target));
                    continue;
                }
                if (FormatOf(entry, InputFormat.Auto) is null) continue;
                if (!File.Exists(entry))
                {
                    if (link) found.Add((entry, new Problem(ErrorCode.ReadFailed, entry, null, "a link that leads nowhere, or round in a loop")));
                    continue;
                }
                if (files.Add(link ? RealPath(entry) ?? entry : Path.Combine(real, info.Name))) found.Add((entry, null));
            }
        }
        return found.OrderBy(f => f.File, StringComparer.Ordinal);
    }

    /// <summary>Where a path leads once its own link (if any) is followed to the end; null when that is a loop.</summary>
    private static string? RealPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            // A relative target ("..") comes back unnormalised ("/a/b/.."), which would make every visit look new.
            var target = (Directory.Exists(full) ? Directory.ResolveLinkTarget(full, true) : File.ResolveLinkTarget(full, true))?.FullName;
            return target is null ? full : Path.GetFullPath(target);
        }
        catch (IOException) { return null; }
    }

    private static IEnumerable<ReadResult> ReadFile(string file, ReadOptions options)
    {
        if (!File.Exists(file))
        {
            yield return ReadResult.Failure(new Problem(ErrorCode.FileNotFound, file, null, "no such file or folder"));
            yield break;
        }
        // A pipe would block the batch for ever and a device would never end; both, like an empty file, have no length.
        if (new FileInfo(file).Length == 0)
        {
            yield return ReadResult.Failure(new Problem(ErrorCode.EmptyInput, file, null, "the file is empty, or is not a regular file (a pipe, a socket or a device)"));
            yield break;
        }
        var format = FormatOf(file, options.Format) ?? InputFormat.Text;
        Stream? stream = null;
        Problem? openError = null;
        try { stream = File.OpenRead(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            openError = new Problem(ErrorCode.ReadFailed, file, null, e.Message);
        }
        if (openError is not null)
        {
            yield return ReadResult.Failure(openError);
            yield break;
        }
        using (stream)
        {
            foreach (var r in ReadStream(stream!, file, Path.GetFileNameWithoutExtension(file), format, options))
                yield return r;
        }
    }

    private static IEnumerable<ReadResult> ReadStream(Stream stream, string name, string id, InputFormat format, ReadOptions options)
    {
        if (format == InputFormat.Jsonl)
        {
            foreach (var r in ReadJsonl(stream, name, options))
                yield return r;
            yield break;
        }
        var (bytes, tooLarge) = ReadBounded(stream, options.MaxDocumentBytes);
        if (tooLarge)
        {
            yield return ReadResult.Failure(new Problem(ErrorCode.InputTooLarge, name, null,
                $"over the {options.MaxDocumentBytes / (1024 * 1024)} MB limit for one document; split it, or give it as JSONL"));
            yield break;
        }
        var (text, error, detail) = TextDecoder.Decode(bytes);
        if (error is ErrorCode code)
        {
            yield return ReadResult.Failure(new Problem(code, name, null, detail));
            yield break;
        }
        if (format == InputFormat.Html || (format == InputFormat.Text && LooksLikeHtml(text!)))
        {
            var article = HtmlText.Extract(text!);
            if (string.IsNullOrWhiteSpace(article.Text))
            {
                yield return ReadResult.Failure(new Problem(ErrorCode.EmptyInput, name, null, "the page has no article text"));
                yield break;
            }
            // A date given by the user wins; otherwise the page's own date and site name, when it gives them.
            yield return ReadResult.Success(new Document(id, article.Text, options.Published ?? article.Published, article.Title, null, article.Site ?? options.Source, options.Language) { Country = options.Country });
            yield break;
        }
        yield return ReadResult.Success(new Document(id, text!, options.Published, null, null, options.Source, options.Language) { Country = options.Country });
    }

    private static IEnumerable<ReadResult> ReadJsonl(Stream stream, string name, ReadOptions options)
    {
        var strict = new UTF8Encoding(false, true);
        int lineNumber = 0;
        bool any = false;
        foreach (var raw in ByteLines(stream))
        {
            lineNumber++;
            var span = raw.AsSpan();
            if (lineNumber == 1 && span.StartsWith("\uFEFF"u8)) span = span[3..];
            string? line;
            try { line = strict.GetString(span); }
            catch (DecoderFallbackException) { line = null; }
            if (line is null)
            {
                any = true;
                yield return ReadResult.Failure(new Problem(ErrorCode.InvalidUtf8, name, lineNumber, "bytes that are not UTF-8"));
                continue;
            }
            if (string.IsNullOrWhiteSpace(line)) continue;
            any = true;
            yield return JsonlDocumentParser.Parse(line, name, lineNumber, options);
        }
        if (!any)
            yield return ReadResult.Failure(new Problem(ErrorCode.EmptyInput, name, null, "no documents in the file"));
    }

    /// <summary>Splits a stream on '\n' without decoding, so one bad line cannot spoil the next.</summary>
    private static IEnumerable<byte[]> ByteLines(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            for (int i = 0; i < n; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                line.Write(buffer, start, i - start);
                yield return TrimCr(line);
                line.SetLength(0);
                start = i + 1;
            }
            line.Write(buffer, start, n - start);
        }
        if (line.Length > 0) yield return TrimCr(line);
    }

    private static byte[] TrimCr(MemoryStream line)
    {
        var bytes = line.ToArray();
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }

    private static (byte[] Bytes, bool TooLarge) ReadBounded(Stream stream, long max)
    {
        var ms = new MemoryStream();
        var buffer = new byte[1 << 16];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (ms.Length + n > max) return ([], true);
            ms.Write(buffer, 0, n);
        }
        return (ms.ToArray(), false);
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 512)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static InputFormat? FormatOf(string file, InputFormat forced)
    {
        if (forced != InputFormat.Auto) return forced;
        var ext = Path.GetExtension(file);
        if (TextExtensions.Contains(ext)) return InputFormat.Text;
        if (HtmlExtensions.Contains(ext)) return InputFormat.Html;
        if (JsonlExtensions.Contains(ext)) return InputFormat.Jsonl;
        return null;
    }
}
