using Sitrep.Evaluation;
using Sitrep.Events;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// A trained model, when confident, decides the sub-event type from the frame's sentences. It learned ACLED's final
/// coding, so the cross-field rules after it do not second-guess it (<see cref="DraftEvent.Learned"/>).
/// </summary>
public sealed class LearnedTypeStage(SubEventClassifier classifier) : IResolutionStage
{
    public string Name => "learned-type";
    public DraftField Reads => DraftField.Type;
    public DraftField Writes => DraftField.Type;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context)
    {
        var doc = context.Doc;
        var text = string.Join(" ", context.Frame.Sentences.Select(i => doc.Document.Slice(doc.Sentences[i].Span)));
        var (predicted, probability) = classifier.Predict(text);
        if (probability < classifier.Threshold || SubEventType.TryParse(predicted) is not { } canonical) return draft;
        return draft with { SubEventType = canonical, Learned = true, Rules = draft.Rules.Add(context.Rule(EventTypeStage.Field, "learned-model", canonical)) };
    }
}
