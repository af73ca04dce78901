namespace Sitrep.Coding;

/// <summary>The parts of a news story that the news-structure stage tells apart.</summary>
public enum NewsPartKind
{
    /// <summary>Running text after the lead: detail, quotes, context.</summary>
    Body,
    /// <summary>The story's title, when the text repeats it as its first line.</summary>
    Headline,
    /// <summary>Who wrote or filed the story: "By Jane Doe", "John Smith in Jos and Ann Lee in Sokoto".</summary>
    Byline,
    /// <summary>
    /// Where and when the story was filed: "KABUL, March 3 (Reuters) -", "BANGKOK:", or a line that is only a date.
    /// Its place is not the event's place, nor its date the event's date.
    /// </summary>
    Dateline,
    /// <summary>The first sentence of the story proper, which tells what happened.</summary>
    Lead,
    /// <summary>Words someone is quoted saying, inside quotation marks.</summary>
    Quote,
    /// <summary>
    /// A photo's caption, closed by its credit ("... in Beirut on Thursday. (AFP)"). It describes a picture, often of
    /// another day or place, and yields no event: what it names codes nothing.
    /// </summary>
    Caption,
    /// <summary>Lines that belong to the page, not the story: "Read more", related stories, copyright lines.</summary>
    Boilerplate,
}
