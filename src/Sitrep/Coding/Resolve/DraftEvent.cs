using System.Collections.Immutable;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Coding.Resolve;

/// <summary>
/// An event while it is being resolved from its frame: each resolution stage returns a new draft with the fields it
/// writes set and the rules it fired appended. <see cref="EventAssembler"/> makes the <see cref="CodedEvent"/> from
/// the last one.
/// </summary>
public sealed record DraftEvent(EventFrame Frame)
{
    /// <summary>ACLED's sub-event type; null while no trigger tells an event (the frame then codes none).</summary>
    public SubEventType? SubEventType { get; init; }
    /// <summary>The spans the sub-event type rests on.</summary>
    public ImmutableArray<TextSpan> TypeEvidence { get; init; } = [];
    /// <summary>The weight of the triggers behind the type, which the confidence grows with.</summary>
    public double TriggerWeight { get; init; }
    /// <summary>A trained model decided the type; ACLED's actor rules then do not second-guess it.</summary>
    public bool Learned { get; init; }

    public ResolvedPlace? Place { get; init; }
    /// <summary>The event's country (ISO alpha-2): the place's, else the first the document names.</summary>
    public string? CountryCode { get; init; }

    public ResolvedActors? Actors { get; init; }

    public DateOnly? Date { get; init; }
    public TimePrecision TimePrecision { get; init; } = TimePrecision.Month;
    public TextSpan? DateEvidence { get; init; }

    public int Fatalities { get; init; }
    public int FatalitiesHigh { get; init; }
    public ImmutableArray<TextSpan> FatalityEvidence { get; init; } = [];

    /// <summary>ACLED's tags, as its export writes them ("crowd size=hundreds").</summary>
    public ImmutableArray<string> Tags { get; init; } = [];
    public ImmutableArray<TextSpan> TagEvidence { get; init; } = [];

    /// <summary>The rules that set the fields, in the order they fired.</summary>
    public ImmutableArray<RuleFired> Rules { get; init; } = [];

    /// <summary>This draft with <paramref name="rule"/> recorded.</summary>
    public DraftEvent Fired(RuleFired rule) => this with { Rules = Rules.Add(rule) };
}
