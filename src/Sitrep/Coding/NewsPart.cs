using Sitrep.Documents;

namespace Sitrep.Coding;

/// <summary>One part of a news story and the characters of the document's text it covers.</summary>
public sealed record NewsPart(NewsPartKind Kind, TextSpan Span);
