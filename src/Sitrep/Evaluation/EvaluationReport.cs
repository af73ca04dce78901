namespace Sitrep.Evaluation;

/// <summary>
/// The measures of ../shared/eval/README.md, each a percentage of all rows; the details behind them:
/// the confusion of sub-event types and the rows coded worst.
/// </summary>
public sealed record EvaluationReport(
    int Documents,
    IReadOnlyDictionary<string, double> Measures,
    double ExtraEventsPerDocument,
    IReadOnlyDictionary<(string Gold, string Coded), int> SubEventConfusion,
    IReadOnlyList<RowScore> Worst);

/// <summary>One row's result: which measures it got wrong.</summary>
public sealed record RowScore(string Id, string Notes, IReadOnlyList<string> Wrong, string GoldSubEventType, string CodedSubEventType);
