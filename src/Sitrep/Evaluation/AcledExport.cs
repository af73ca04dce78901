using Sitrep.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// What <see cref="AcledExportReader"/> read from one export: the rows it can use, and one error (file and line) for
/// each row it skipped because its event date cannot be read, so a caller can say so instead of scoring fewer rows.
/// </summary>
public sealed record AcledExport(IReadOnlyList<AcledRow> Rows, IReadOnlyList<Problem> Skipped);
