using Sitrep.Documents;

namespace Sitrep.Text;

/// <summary>
/// Splits text into tokens with offsets. A word runs over letters, marks, digits and
/// inner apostrophes ("Qaeda's" is one token); a hyphenated word is several tokens with
/// no token for the hyphen; a number runs over digits with inner separators ("2,500";
/// "82mm" is a word; in a language that groups digits with spaces, "2 000" too, folded as the language's
/// <see cref="NumberFormat"/> says: "2000", "1.5"). In a language that elides ("l'armée", "d'un", "qu'il"), an elided word before the
/// apostrophe is a token of its own, so "l'armée" is "l'" then "armée" and phrases match the noun.
/// </summary>
public static class Tokenizer
{
    /// <param name="text">The text to split.</param>
    /// <param name="elisions">The language's elided words, folded and without their apostrophe ("l", "qu"); none by default.</param>
    /// <param name="numbers">How the language writes numbers in digits; <see cref="NumberFormat.Default"/> by default.</param>
    public static List<Token> Tokenize(string text, IReadOnlySet<string>? elisions = null, NumberFormat? numbers = null)
    {
        numbers ??= NumberFormat.Default;
        var tokens = new List<Token>(text.Length / 5);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsDigit(c))
            {
                int run = 0;
                while (i < text.Length)
                {
                    if (char.IsDigit(text[i])) { i++; run++; continue; }
                    if ((text[i] == ',' || text[i] == '.') && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > start) { i++; run = 0; continue; }
                    // "2 000": a space parts groups only after one to three digits and before exactly three.
                    if (numbers.IsGroupSpace(text[i]) && run is >= 1 and <= 3 && NumberFormat.GroupOfThree(text, i + 1)
                        && (i + 4 >= text.Length || !char.IsLetter(text[i + 4]))) { i++; run = 0; continue; }
                    break;
                }
                if (i < text.Length && char.IsLetter(text[i]))
                {
                    while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                    tokens.Add(Make(text, start, i, TokenShape.Lower));
                    continue;
                }
                tokens.Add(new Token(new TextSpan(start, i), numbers.Fold(text.AsSpan(start, i - start)), TokenShape.Number));
                continue;
            }
            if (char.IsLetter(c))
            {
                bool elided = false;
                while (i < text.Length)
                {
                    char d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                    if (d is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                    {
                        if (elisions is { Count: > 0 } && IsElision(text, start, i, elisions)) { elided = true; break; }
                        // The possessive "'s" is a token of its own, so "Beirut's" still names Beirut.
                        if (text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))) break;
                        i++;
                        continue;
                    }
                    break;
                }
                tokens.Add(Make(text, start, elided ? i + 1 : i, ShapeOf(text.AsSpan(start, i - start))));
                if (elided) { i++; continue; }
                // A hyphen inside a word joins parts that are words of their own ("al-Shabaab",
                // "twenty-five", "Ti-n-Essako"): no token for it, so phrases match either spelling.
                if (i + 1 < text.Length && text[i] is '-' or '\u2010' && char.IsLetterOrDigit(text[i + 1])) i++;
                continue;
            }
            if (c is '\'' or '\u2019' && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
            {
                i += 2;
                tokens.Add(new Token(new TextSpan(start, i), "'s", TokenShape.Punct));
                continue;
            }
            i++;
            tokens.Add(new Token(new TextSpan(start, i), c.ToString(), TokenShape.Punct));
        }
        return tokens;
    }

    /// <summary>
    /// <c>text[start..apostrophe]</c> is an elided word: listed, and either written in lower case ("l'Etat") or
    /// followed by a lower-case letter ("L'armée"). A capital before a capital ("N'Djamena", "M'Bour") is a name.
    /// </summary>
    private static bool IsElision(string text, int start, int apostrophe, IReadOnlySet<string> elisions) =>
        (char.IsLower(text[start]) || char.IsLower(text[apostrophe + 1]))
        && elisions.Contains(TextFold.Fold(text.AsSpan(start, apostrophe - start)));

    private static Token Make(string text, int start, int end, TokenShape shape) =>
        new(new TextSpan(start, end), TextFold.Fold(text.AsSpan(start, end - start)), shape);

    private static TokenShape ShapeOf(ReadOnlySpan<char> w)
    {
        if (!char.IsUpper(w[0])) return TokenShape.Lower;
        if (w.Length > 1)
        {
            foreach (var ch in w[1..])
                if (char.IsLower(ch)) return TokenShape.Capitalized;
            return TokenShape.Upper;
        }
        return TokenShape.Capitalized;
    }
}
