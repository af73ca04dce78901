using Sitrep.Events;
using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>
/// A date in the text, resolved against the publication date where it is relative.
/// <see cref="Precision"/> is ACLED's time_precision. <see cref="IsReportDate"/>: the day
/// something was said or published ("said in a report on Thursday"), not when it happened.
/// <see cref="IsExplicit"/>: the text names the day ("June 22", "22 June 2018").
/// </summary>
public sealed record DateMention(TextSpan Span, int Sentence, int Token, DateOnly Date, TimePrecision Precision, bool IsReportDate, bool IsExplicit)
{
    /// <summary>The start of a period ("since early July"): the event may have happened any day after it.</summary>
    public bool IsPeriodStart { get; init; }

    /// <summary>Whether the date says when something happened: neither a report's date nor the start of a period.</summary>
    public bool TellsWhen => !IsReportDate && !IsPeriodStart;
}
