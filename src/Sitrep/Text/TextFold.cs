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
        // Decompose once (é is e + a combining accent) so marks can be dropped; lone surrogate halves
        // would make decomposition fail, and no place name needs them.
        bool ascii = true;
        foreach (var ch in s) if (ch >= 128) { ascii = false; break; }
        ReadOnlySpan<char> source = s;
        if (!ascii)
        {
            var clean = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { clean.Append(' '); i++; continue; }
                clean.Append(char.IsSurrogate(s[i]) ? ' ' : s[i]);
            }
            source = clean.ToString().Normalize(NormalizationForm.FormD);
        }
        var sb = new StringBuilder(source.Length);
        bool space = false;
        foreach (var ch in source)
        {
            if (ch < 128)
            {
                if (char.IsAsciiLetterOrDigit(ch)) { Append(sb, char.ToLowerInvariant(ch), ref space); continue; }
                if (ch == '\'') continue;
                space = sb.Length > 0;
                continue;
            }
            if (ch is '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`') continue;
            if (IsMark(ch)) continue;
            if (char.IsLetterOrDigit(ch)) Append(sb, char.ToLowerInvariant(Special(ch)), ref space);
            else space = sb.Length > 0;
        }
        return sb.ToString();
    }

    public static string Fold(string s) => Fold(s.AsSpan());

    /// <summary>Accents dropped and typographic apostrophes made plain, case and everything else kept ("Wazīristān" is "Waziristan").</summary>
    public static string Plain(string s)
    {
        bool ascii = true;
        foreach (var ch in s) if (ch >= 128) { ascii = false; break; }
        if (ascii) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.Normalize(NormalizationForm.FormD))
        {
            if (IsMark(ch)) continue;
            sb.Append(ch is '\u2019' or '\u2018' or '\u02BC' or '\u02BB' ? '\'' : Unmarked(ch));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>An accent decomposed off its letter (é is e and this mark): dropped by both <see cref="Fold(ReadOnlySpan{char})"/> and <see cref="Plain"/>.</summary>
    private static bool IsMark(char ch) =>
        CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>A letter whose mark no decomposition takes off (ø, ł, đ, dotless ı), as its plain letter, its case kept.</summary>
    private static char Unmarked(char c) => c switch
    {
        'ø' => 'o', 'Ø' => 'O',
        'ł' => 'l', 'Ł' => 'L',
        'đ' => 'd', 'Đ' => 'D',
        'ı' => 'i',
        _ => c,
    };

    /// <summary>What a name folds a letter to before lower-casing it: <see cref="Unmarked"/>, and ß as s (a fold keeps one letter for one).</summary>
    private static char Special(char c) => c == 'ß' ? 's' : Unmarked(c);

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
