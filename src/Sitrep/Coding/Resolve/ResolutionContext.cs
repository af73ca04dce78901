using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// What a resolution stage reads besides the draft: the annotated document, the resources, the frame being resolved
/// and its triggers, the countries the document is about, and how many events the document gave before this one.
/// </summary>
public sealed record ResolutionContext(
    AnnotatedDocument Doc,
    CodingResources Resources,
    EventFrame Frame,
    IReadOnlyList<TriggerMention> Triggers,
    IReadOnlyDictionary<string, double> CountryContext,
    int EventsBefore)
{
    /// <summary>A rule firing on <paramref name="field"/>, with the text of <paramref name="span"/> when it rests on one.</summary>
    /// <summary>A rule that set a sub-event type: its value is ACLED's name for it.</summary>
    public RuleFired Rule(string field, string rule, SubEventType value, TextSpan? span = null) => Rule(field, rule, value.Name, span);

    public RuleFired Rule(string field, string rule, string value, TextSpan? span = null) =>
        span is TextSpan s ? new RuleFired(field, rule, value, s.Start, s.End, Doc.Document.Slice(s)) : new RuleFired(field, rule, value);
}
