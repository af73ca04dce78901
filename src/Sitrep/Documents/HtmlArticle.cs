namespace Sitrep.Documents;

/// <summary>An article's main text and metadata, as extracted from an HTML page.</summary>
public sealed record HtmlArticle(string Text, string? Title, DateOnly? Published, string? Site);
