using System.Text.Json.Serialization;

namespace Sitrep.Events;

/// <summary>
/// One named rule of the coder that set a field of an event: the field (named as in the event's JSON), the rule,
/// the value it gave, and the text it rests on (<c>[Start, End)</c> offsets into the document), when it rests on text.
/// Listed in the order the rules fired; a later rule on the same field revises an earlier one.
/// </summary>
public sealed record RuleFired(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("start"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Start = null,
    [property: JsonPropertyName("end"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? End = null,
    [property: JsonPropertyName("text"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text = null)
{
    /// <summary>"sub_event_type: harm-outranks-arrest -> Attack, 'shot dead' 112-121".</summary>
    public override string ToString() =>
        $"{Field}: {Rule} -> {Value}{(Text is null ? "" : $", '{Text}' {Start}-{End}")}";
}
