using Sitrep.Resources;

namespace Sitrep.Coding;

/// <summary>
/// Marks sentences that give context rather than report an event (background.tsv:
/// "declined to comment", "in recent years", "comes a month before"), so a trigger word
/// in them ("attack") yields no event. A sentence with an explicit date of its own is not background.
/// </summary>
public sealed class BackgroundStage : ICodingStage
{
    public string Name => "background";
    public Annotation Needs => Annotation.Sentences | Annotation.Dates;
    public Annotation Sets => Annotation.Background;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources)
    {
        var tokens = doc.Tokens;
        var matcher = resources.Lexicon.Background;
        // A sentence that dates what it tells ("On 1 May 2020, ... denouncing plans to ...") reports an event,
        // whatever context it adds.
        return doc with
        {
            Sentences = [.. doc.Sentences.Select(s => s with
            {
                IsBackground = matcher.FindAll(tokens, s.FirstToken, s.EndToken).Any()
                    && !doc.Dates.Any(d => d.Sentence == s.Index && d.IsExplicit && !d.IsReportDate),
            })],
        };
    }
}
