namespace Sitrep.Resources;

/// <summary>What a phrase of news-structure.tsv says about the line it is in.</summary>
public enum NewsCue
{
    /// <summary>A line that starts with it names the story's writers ("By").</summary>
    Byline,
    /// <summary>A lower-case word a byline may hold between names and places ("Ann Lee in Jos and Tom Ade in Kano").</summary>
    BylineJoiner,
    /// <summary>A line that starts with it belongs to the page, not the story ("Read more", "Copyright").</summary>
    Boilerplate,
    /// <summary>An agency or photographer's credit ("AFP", "Reuters"): closing a short line, it makes the line a photo's caption.</summary>
    Credit,
    /// <summary>A word that introduces a photo's credit ("Photo:", "Credit:"): with a few words after it closing a line, the line is a caption.</summary>
    Caption,
}
