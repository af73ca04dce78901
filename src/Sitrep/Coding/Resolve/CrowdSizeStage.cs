using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// ACLED's crowd-size tag of a demonstration (Protests, Riots): the first count of people in the sentences that tell
/// it ("Hundreds of teachers marched", "some 2,000 protesters"), written as the report gives it, or "no report" when
/// none is given, as ACLED writes for every demonstration (data/acled/tags.tsv). A count of people hurt, killed or
/// acted on ("police arrested 40 protesters", "12 demonstrators were injured") is no crowd: a count next to a casualty
/// word or to the trigger of another kind of event is passed over, and so is a number inside a date.
/// </summary>
public sealed class CrowdSizeStage : IResolutionStage
{
    public const string Field = "tags";

    /// <summary>How many tokens either side of a count a casualty word or another event's trigger makes it no crowd.</summary>
    private const int Reach = 4;

    public string Name => "crowd-size";
    public DraftField Reads => DraftField.Type;
    public DraftField Writes => DraftField.Tags;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context)
    {
        var subType = draft.SubEventType!;
        if (EventTaxonomy.EventTypeOf(subType) is not (EventTaxonomy.Protests or EventTaxonomy.Riots)) return draft;
        var (doc, lex) = (context.Doc, context.Resources.Lexicon);
        var tokens = doc.Tokens;
        foreach (var index in context.Frame.Sentences.Order())
        {
            var s = doc.Sentences[index];
            var casualties = lex.Casualties.FindAll(tokens, s.FirstToken, s.EndToken).Select(c => (c.Start, End: c.Start + c.Length)).ToList();
            var others = doc.Triggers.Where(t => t.Sentence == index && EventTaxonomy.EventTypeOf(t.Entry.SubEventType) is not (EventTaxonomy.Protests or EventTaxonomy.Riots))
                .Select(t => t.Token).ToList();
            foreach (var q in FatalityStage.Quantities(lex, tokens, s.FirstToken, s.EndToken))
            {
                if (q.Nested || q.High < 2 || q.End >= s.EndToken) continue;
                var span = new TextSpan(tokens[q.Start].Span.Start, tokens[q.End - 1].Span.End);
                if (doc.Dates.Any(d => d.Span.Overlaps(span)) || doc.Fatalities.Any(f => f.Span.Overlaps(span))) continue;
                if (!FatalityStage.PersonFollows(lex, tokens, q.End, s.EndToken)) continue;
                bool near(int start, int end) => end > q.Start - Reach && start < q.End + Reach;
                if (casualties.Any(c => near(c.Start, c.End)) || others.Any(t => near(t, t + 1))) continue;
                var size = doc.Document.Slice(span).ToLowerInvariant();
                var tag = lex.Codebook.CrowdSize(size);
                return draft.Fired(context.Rule(Field, "crowd-size", tag, span)) with { Tags = [tag], TagEvidence = [span] };
            }
        }
        var unreported = lex.Codebook.CrowdSizeUnreported;
        return draft.Fired(context.Rule(Field, "crowd-size-unreported", unreported)) with { Tags = [unreported], TagEvidence = ImmutableArray<TextSpan>.Empty };
    }
}
