namespace Sitrep.Resources;

/// <summary>What a word before a count says of it (count-qualifiers.tsv).</summary>
public enum CountQualifier
{
    /// <summary>The count is about right and codes as given: "at least 12", "around 12", "more than 12" are 12.</summary>
    About,
    /// <summary>The count is a ceiling: "up to 12", coded 12 when nothing lower is reported; crowd tags write it "up to".</summary>
    UpTo,
    /// <summary>The count is a part of one already given: "12 dead, including 3 soldiers".</summary>
    Part,
}
