using System.Diagnostics;
using Sitrep.Evaluation;
using Sitrep.Events;
using Sitrep.Resources;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// The ordered stages that resolve each event frame of an annotated document into a <see cref="CodedEvent"/>. The
/// order is checked once, when the pipeline is built: every stage reads only fields the stages before it wrote, and
/// the event is assembled only once every field is written. A frame whose type stage finds no event codes none.
/// </summary>
public sealed class ResolutionPipeline
{
    /// <summary>The fields <see cref="EventAssembler"/> needs to make an event.</summary>
    public const DraftField Complete = DraftField.Type | DraftField.Place | DraftField.Actors | DraftField.Date | DraftField.Fatalities;

    public IReadOnlyList<IResolutionStage> Stages { get; }

    /// <summary>Each stage's name in a <see cref="StageProfile"/>, made once rather than per frame.</summary>
    private readonly Dictionary<IResolutionStage, string> _profileNames;

    public ResolutionPipeline(IEnumerable<IResolutionStage> stages)
    {
        Stages = stages.ToList();
        var written = DraftField.None;
        foreach (var stage in Stages)
        {
            var missing = stage.Reads & ~written;
            if (missing != DraftField.None)
                throw new InvalidOperationException($"Resolution stage '{stage.Name}' reads {missing}, which no stage before it writes.");
            written |= stage.Writes;
        }
        _profileNames = Stages.Distinct().ToDictionary(s => s, s => "resolve:" + s.Name);
        if ((Complete & ~written) is var unwritten and not DraftField.None)
            throw new InvalidOperationException($"No resolution stage writes {unwritten}.");
    }

    /// <summary>The rules alone, or with a trained model deciding the type where it is confident.</summary>
    public static ResolutionPipeline For(SubEventClassifier? classifier) => classifier is null ? Default : new(
    [
        new EventTypeStage(),
        new LearnedTypeStage(classifier),
        new EventPlaceStage(),
        new EventDateStage(),
        new ActorResolutionStage(),
        new CrossFieldRulesStage(),
        new FatalityCountStage(),
        new CrowdSizeStage(),
    ]);

    public static ResolutionPipeline Default { get; } = new(
    [
        new EventTypeStage(),
        new EventPlaceStage(),
        new EventDateStage(),
        new ActorResolutionStage(),
        new CrossFieldRulesStage(),
        new FatalityCountStage(),
        new CrowdSizeStage(),
    ]);

    /// <summary>The field a rule that told a frame apart from the one before it is traced under, with the frame's number (from 1) as its value.</summary>
    public const string FrameField = "frame";

    /// <summary>The name <see cref="StageProfile"/> gives the work shared by a document's frames (its countries, each frame's triggers).</summary>
    public const string ContextStage = "resolve:context";
    /// <summary>The name <see cref="StageProfile"/> gives <see cref="EventAssembler"/>'s work.</summary>
    public const string AssembleStage = "resolve:assemble";

    /// <summary>
    /// The document's events, one per frame that tells one; with <paramref name="trace"/>, each lists the rules behind it.
    /// With <paramref name="profile"/>, the time of each stage is added to it, under <c>resolve:</c> and the stage's name.
    /// </summary>
    public IReadOnlyList<CodedEvent> Resolve(AnnotatedDocument doc, CodingResources resources, bool trace = false, StageProfile? profile = null)
    {
        var events = new List<CodedEvent>();
        long start = profile is null ? 0 : Stopwatch.GetTimestamp();
        var countries = PlaceResolver.CountryContext(doc);
        profile?.Add(ContextStage, start);
        foreach (var frame in doc.Frames)
        {
            if (profile is not null) start = Stopwatch.GetTimestamp();
            var triggers = MentionIndex.Of(doc).TriggersIn(frame.Sentences).Select(i => doc.Triggers[i]).ToList();
            var context = new ResolutionContext(doc, resources, frame, triggers, countries, events.Count);
            profile?.Add(ContextStage, start);
            var draft = new DraftEvent(frame);
            if (frame.OpenedBy is string opened) draft = draft.Fired(context.Rule(FrameField, opened, (frame.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), frame.OpenedAt));
            foreach (var stage in Stages)
            {
                if (profile is not null) start = Stopwatch.GetTimestamp();
                draft = stage.Apply(draft, context);
                profile?.Add(_profileNames[stage], start);
                if (draft.SubEventType is null) break;
            }
            if (draft.SubEventType is null) continue;
            if (profile is not null) start = Stopwatch.GetTimestamp();
            events.Add(EventAssembler.Assemble(draft, context, trace));
            profile?.Add(AssembleStage, start);
        }
        return events;
    }
}
