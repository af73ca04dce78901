namespace Sitrep.Documents;

/// <summary>
/// A range of characters in a <see cref="Document"/>'s text. Offsets are 0-based;
/// <see cref="Start"/> is inclusive and <see cref="End"/> is exclusive, so the span
/// covers <c>text[Start..End]</c>. The text itself is never copied into a span.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        if (start < 0) throw new ArgumentOutOfRangeException(nameof(start), start, "A span cannot start before the text.");
        if (end < start) throw new ArgumentOutOfRangeException(nameof(end), end, "A span cannot end before it starts.");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public string Slice(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}..{End})";
}
