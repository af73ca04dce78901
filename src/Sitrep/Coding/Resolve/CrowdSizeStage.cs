using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// ACLED's crowd-size tag of a demonstration (Protests, Riots): the first count of people in the sentences that tell
/// it ("Hundreds of teachers marched", "some 2,000 protesters"), written in ACLED's English whatever the report's
/// language: a vague word as the language pack says ACLED writes it ("des centaines": "hundreds", numbers.tsv), a
/// count in bare digits after the qualifier's English ("environ 2 000": "around 2000", count-qualifiers.tsv), or
/// "no report" when none is given, as ACLED writes for every demonstration (data/acled/tags.tsv). The evidence is the
/// report's own words. A count of people hurt, killed or
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
        if (!subType.IsDemonstration) return draft;
        var (doc, lex) = (context.Doc, context.Resources.Lexicon);
        var tokens = doc.Tokens;
        foreach (var index in context.Frame.Sentences.Order())
        {
            var s = doc.Sentences[index];
            var casualties = lex.Casualties.FindAll(tokens, s.FirstToken, s.EndToken).Select(c => (c.Start, End: c.Start + c.Length)).ToList();
            var others = doc.Triggers.Where(t => t.Sentence == index && !t.Entry.SubEventType.IsDemonstration)
                .Select(t => t.Token).ToList();
            foreach (var q in FatalityStage.Quantities(lex, tokens, s.FirstToken, s.EndToken))
            {
                if (q.Nested || q.High < 2 || q.End >= s.EndToken) continue;
                var span = new TextSpan(tokens[q.Start].Span.Start, tokens[q.End - 1].Span.End);
                if (doc.Dates.Any(d => d.Span.Overlaps(span)) || doc.Fatalities.Any(f => f.Span.Overlaps(span))) continue;
                if (!FatalityStage.PersonFollows(lex, tokens, q.End, s.EndToken)) continue;
                bool near(int start, int end) => end > q.Start - Reach && start < q.End + Reach;
                if (casualties.Any(c => near(c.Start, c.End)) || others.Any(t => near(t, t + 1))) continue;
                var tag = lex.Codebook.CrowdSize(Size(lex, tokens, q));
                return draft.Fired(context.Rule(Field, "crowd-size", tag, span)) with { Tags = [tag], TagEvidence = [span] };
            }
        }
        var unreported = lex.Codebook.CrowdSizeUnreported;
        return draft.Fired(context.Rule(Field, "crowd-size-unreported", unreported)) with { Tags = [unreported], TagEvidence = ImmutableArray<TextSpan>.Empty };
    }

    /// <summary>
    /// A crowd's size as ACLED writes it: a vague word's own English (it carries its approximation, so a qualifier
    /// before it is not repeated), else the qualifier's English and the count in bare digits ("around 2000"), a
    /// range as "low-high". A vague word the pack gives no English for is written as its lowest figure.
    /// </summary>
    private static string Size(Sitrep.Resources.Lexicon lex, IReadOnlyList<Sitrep.Text.Token> tokens, FatalityStage.Quantity q)
    {
        int at = q.Start;
        var (qualifierLength, qualifiers) = lex.QualifierTags.MatchAt(tokens, at, q.End);
        at += qualifierLength;
        var (wordLength, words) = lex.Numbers.MatchAt(tokens, at, q.End);
        if (wordLength > 0 && at + wordLength == q.End && words[0] is { Kind: Sitrep.Resources.NumberWordKind.Vague } vague)
            return vague.Tag ?? q.Low.ToString(CultureInfo.InvariantCulture);
        var count = q.Low == q.High ? q.Low.ToString(CultureInfo.InvariantCulture) : FormattableString.Invariant($"{q.Low}-{q.High}");
        return qualifierLength > 0 ? $"{qualifiers[0]} {count}" : count;
    }
}
