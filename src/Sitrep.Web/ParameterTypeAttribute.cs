namespace Sitrep.Web;

/// <summary>
/// What the text of a query parameter must read as, for the OpenAPI document: the JSON Schema type (<c>integer</c>,
/// <c>number</c>, <c>boolean</c>, <c>string</c>) and, where they apply, its format, bounds and pattern. Parameters
/// are bound as text so that a bad value is a problem naming it (<see cref="ApiQuery"/>), and this says what a client
/// generator should send; <see cref="ApiQuery"/> checks the same bounds when it reads them.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ParameterTypeAttribute(string type) : Attribute
{
    public string Type { get; } = type;
    public string? Format { get; init; }
    /// <summary>The least value, or NaN for none.</summary>
    public double Minimum { get; init; } = double.NaN;
    /// <summary>The greatest value, or NaN for none.</summary>
    public double Maximum { get; init; } = double.NaN;
    public string? Pattern { get; init; }
}
