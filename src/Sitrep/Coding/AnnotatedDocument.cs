using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>
/// A document and what the pipeline's stages have found in it so far. Every annotation
/// points into <see cref="Document"/>'s text by offsets; stages never copy or alter the text,
/// they return a new <see cref="AnnotatedDocument"/> with their annotations set.
/// </summary>
public sealed record AnnotatedDocument(Document Document)
{
    public ImmutableArray<Token> Tokens { get; init; } = [];
    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    /// <summary>The story's parts (headline, dateline, byline, lead, quotes, boilerplate), in text order.</summary>
    public ImmutableArray<NewsPart> Structure { get; init; } = [];
    public ImmutableArray<TriggerMention> Triggers { get; init; } = [];
    public ImmutableArray<ActorMention> Actors { get; init; } = [];
    public ImmutableArray<CountryMention> Countries { get; init; } = [];
    public ImmutableArray<PlaceMention> Places { get; init; } = [];
    /// <summary>
    /// The country of the city a dateline files the story from ("PESHAWAR:"), when the gazetteer knows the city: where the
    /// story most likely is, though less surely than a country the text names (a story filed in Washington may be of Yemen).
    /// </summary>
    public string? FiledFrom { get; init; }
    public ImmutableArray<DateMention> Dates { get; init; } = [];
    public ImmutableArray<FatalityMention> Fatalities { get; init; } = [];
    public ImmutableArray<EventFrame> Frames { get; init; } = [];

    public string Text => Document.Text;

    /// <summary>Whether <paramref name="span"/> lies inside a part of the story of kind <paramref name="kind"/>.</summary>
    public bool IsIn(NewsPartKind kind, TextSpan span) => Structure.Any(p => p.Kind == kind && p.Span.Contains(span));
}
