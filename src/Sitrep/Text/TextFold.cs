using System.Globalization;
using System.Text;

namespace Sitrep.Text;

/// <summary>
/// The one way names are compared: lower case, accents dropped, apostrophes removed,
/// every other non-letter a single space. <c>"N'Débougou"</c> and <c>"n debougou"</c>
/// differ, <c>"Sévaré"</c> and <c>"Sevare"</c> meet, <c>"Ti-n-Essako"</c> is <c>"ti n essako"</c>.
/// </summary>
public static class TextFold
{
    public static string Fold(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var ch in s)
        {
            if (ch < 128)
            {
                if (char.IsAsciiLetterOrDigit(ch)) { Append(sb, char.ToLowerInvariant(ch), ref space); continue; }
                if (ch == '\'') continue;
                space = sb.Length > 0;
                continue;
            }
            if (ch is '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`') continue;
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            bool wrote = false;
            foreach (var d in decomposed)
            {
                var cat = CharUnicodeInfo.GetUnicodeCategory(d);
                if (cat == UnicodeCategory.NonSpacingMark) continue;
                if (char.IsLetterOrDigit(d)) { Append(sb, char.ToLowerInvariant(Special(d)), ref space); wrote = true; }
            }
            if (!wrote && !char.IsLetterOrDigit(ch)) space = sb.Length > 0;
        }
        return sb.ToString();
    }

    public static string Fold(string s) => Fold(s.AsSpan());

    private static char Special(char c) => c switch
    {
        'ø' or 'Ø' => 'o',
        'ł' or 'Ł' => 'l',
        'đ' or 'Đ' => 'd',
        'ı' => 'i',
        'ß' => 's',
        _ => c,
    };

    private static void Append(StringBuilder sb, char c, ref bool space)
    {
        if (space && sb.Length > 0) sb.Append(' ');
        space = false;
        sb.Append(c);
    }

    /// <summary>A stable 64-bit FNV-1a hash of a folded name, the key of the compact place index.</summary>
    public static ulong Hash(ReadOnlySpan<char> folded)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in folded)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }
}
