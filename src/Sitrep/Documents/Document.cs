namespace Sitrep.Documents;

/// <summary>
/// One report as read: its text is never altered after reading, so every span that
/// the coder produces indexes exactly the characters stored here.
/// </summary>
/// <param name="Id">Stable id: given by the input (JSONL <c>id</c>) or derived from the file name.</param>
/// <param name="Text">The article's text as read (HTML already reduced to its main text).</param>
/// <param name="Published">The publication date, when known; relative dates resolve against it.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Url">Where the report came from, when known.</param>
/// <param name="Source">The outlet, e.g. <c>Reuters</c>.</param>
/// <param name="Language">The text's language as a lower-case ISO 639-1 code (<c>fr</c>), when the input or the user
/// says it; null leaves it to detection when the document is coded.</param>
public sealed record Document(
    string Id,
    string Text,
    DateOnly? Published = null,
    string? Title = null,
    string? Url = null,
    string? Source = null,
    string? Language = null)
{
    public string Id { get; init => field = Valid(value); } = Valid(Id);
    public string Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));

    public string? Language { get; init => field = LanguageCode.Normalize(value); } = LanguageCode.Normalize(Language);

    /// <summary>
    /// The country the document's source covers (ISO 3166 alpha-2), when the input or the user says it: the country of an
    /// event whose text names none. Null when unknown.
    /// </summary>
    public string? Country { get; init => field = CountryCode.Normalize(value); }

    private static string Valid(string id) => string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A document needs an id.", nameof(Id)) : id;

    public string Slice(TextSpan span) => span.Slice(Text);

    /// <summary>
    /// The first field holding a NUL character, or null: no text has one, and PostgreSQL cannot store one, so a
    /// reader refuses such a document (one error) rather than let it fail the store under the rest of the batch.
    /// </summary>
    public string? FieldWithNul() =>
        new[] { ("id", Id), ("text", Text), ("title", Title), ("url", Url), ("source", Source) }
            .FirstOrDefault(f => f.Item2 is not null && f.Item2.Contains('\0')).Item1;
}
