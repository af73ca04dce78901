using System.Text;

namespace Sitrep.Documents;

/// <summary>
/// Turns raw bytes into text, refusing what is not text: bytes with NULs or many
/// control characters (binary), and byte sequences that are not UTF-8.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, ErrorCode? Error, string Detail) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            bytes = bytes[3..];
        if (bytes.IndexOf((byte)0) >= 0)
            return (null, ErrorCode.BinaryInput, "the file holds NUL bytes; it is not text");
        int control = 0;
        var probe = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        foreach (var b in probe)
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        if (probe.Length > 0 && control * 100 > probe.Length)
            return (null, ErrorCode.BinaryInput, $"{control} control bytes in the first {probe.Length}; it is not text");
        try
        {
            var text = Strict.GetString(bytes);
            if (string.IsNullOrWhiteSpace(text))
                return (null, ErrorCode.EmptyInput, "no text to code");
            return (text, null, "");
        }
        catch (DecoderFallbackException e)
        {
            int at = e.Index >= 0 ? e.Index : 0;
            int line = 1;
            for (int i = 0; i < Math.Min(at, bytes.Length); i++) if (bytes[i] == (byte)'\n') line++;
            return (null, ErrorCode.InvalidUtf8, $"bytes that are not UTF-8 near line {line} (byte {at}); re-encode the file as UTF-8");
        }
    }
}
