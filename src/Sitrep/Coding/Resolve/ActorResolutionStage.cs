using Sitrep.Events;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// Who did it to whom, by <see cref="ActorResolver"/>, for the sub-event type and country the stages before chose:
/// demonstrations name their actors by ACLED's own rule, other events by who the text tells acting and acted on.
/// </summary>
public sealed class ActorResolutionStage : IResolutionStage
{
    public string Name => "actors";
    public DraftField Reads => DraftField.Type | DraftField.Place;
    public DraftField Writes => DraftField.Actors;

    public DraftEvent Apply(DraftEvent draft, ResolutionContext context) =>
        WithActors(draft, Resolve(draft.SubEventType!, draft, context), context);

    /// <summary>The actors of the frame as an event of <paramref name="subEventType"/> in the draft's country.</summary>
    internal static ResolvedActors Resolve(SubEventType subEventType, DraftEvent draft, ResolutionContext context) =>
        ActorResolver.Resolve(context.Doc, context.Frame, subEventType, draft.CountryCode, context.Resources.Gazetteer, context.Resources.Lexicon);

    /// <summary>The draft with <paramref name="actors"/> set and the rules that chose them recorded.</summary>
    internal static DraftEvent WithActors(DraftEvent draft, ResolvedActors actors, ResolutionContext context)
    {
        draft = draft with { Actors = actors };
        draft = draft.Fired(context.Rule("actor1", actors.Actor1Rule, actors.Actor1, actors.Actor1Evidence));
        if (actors.Actor2.Length > 0) draft = draft.Fired(context.Rule("actor2", actors.Actor2Rule, actors.Actor2, actors.Actor2Evidence));
        return draft;
    }
}
