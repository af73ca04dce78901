namespace Sitrep.Text;

/// <summary>
/// How a language writes numbers in digits (data/&lt;lang&gt;/number-format.tsv): the marks between groups of three
/// digits ("2,000"; French "2 000", "2.000") and the decimal mark ("1.5"; French "1,5"). The tokenizer reads a number
/// with them into its folded form: the digits, with "." before a fraction and nothing between groups.
/// </summary>
/// <param name="GroupMarks">Marks written between groups of three digits, spaces among them when the language parts groups so.</param>
/// <param name="DecimalMark">The mark before a fraction.</param>
public sealed record NumberFormat(IReadOnlySet<char> GroupMarks, char DecimalMark)
{
    /// <summary>When no language says otherwise: "," between groups, "." before a fraction.</summary>
    public static NumberFormat Default { get; } = new(new HashSet<char> { ',' }, '.');

    /// <summary>A space (the plain one, a no-break one) the language parts groups of digits with.</summary>
    public bool IsGroupSpace(char c) => char.IsWhiteSpace(c) && GroupMarks.Contains(c);

    /// <summary>
    /// The folded form of a number written <paramref name="raw"/>: a decimal mark becomes "."; a group mark followed by
    /// exactly three digits goes; any other mark between digits ("2,5" in English) is taken for a decimal mark, so
    /// the number is no whole count.
    /// </summary>
    public string Fold(ReadOnlySpan<char> raw)
    {
        var b = new System.Text.StringBuilder(raw.Length);
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (char.IsDigit(c)) { b.Append(c); continue; }
            if (c == DecimalMark) { b.Append('.'); continue; }
            if (GroupMarks.Contains(c) && GroupOfThree(raw, i + 1)) continue;
            b.Append('.');
        }
        return b.ToString();
    }

    /// <summary>Exactly three digits start at <paramref name="at"/>, and no digit follows them.</summary>
    public static bool GroupOfThree(ReadOnlySpan<char> s, int at) =>
        at + 3 <= s.Length && char.IsDigit(s[at]) && char.IsDigit(s[at + 1]) && char.IsDigit(s[at + 2]) && (at + 3 == s.Length || !char.IsDigit(s[at + 3]));
}
