namespace Sitrep.Dedup;

/// <summary>
/// A table the matcher reads from a data folder (<see cref="DedupRules"/>, <see cref="SplitPhrases"/>,
/// <see cref="UnnamedActorNames"/>, <see cref="TimeWords"/>, <see cref="NotPlaceWords"/>, <see cref="SettlementWords"/>, <see cref="MergeTollRules"/>): loaded from any folder
/// (tests, <c>sitrep match --data</c>) or, once and shared, from the folder the program runs with (<see cref="DedupData.Shipped{T}"/>).
/// </summary>
public interface IDedupTable<TSelf> where TSelf : IDedupTable<TSelf>
{
    static abstract TSelf Load(string dataDirectory);
}
