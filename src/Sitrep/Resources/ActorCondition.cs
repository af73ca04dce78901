namespace Sitrep.Resources;

/// <summary>
/// What an actor must be for a rule of type-by-actor.tsv to fit: anything (<c>*</c>), one <see cref="ActorClass"/>
/// ("armed"), or anything but one ("!civilians").
/// </summary>
public sealed record ActorCondition(ActorClass? Class, bool Negated)
{
    /// <summary>Any actor, or none: the rule does not ask.</summary>
    public static ActorCondition Anything { get; } = new(null, false);

    /// <summary>Whether the rule asks about this actor at all.</summary>
    public bool Asks => Class is not null;

    /// <summary>The condition a cell of the table writes; null when it names no class.</summary>
    public static ActorCondition? Parse(string cell)
    {
        if (cell == "*") return Anything;
        bool negated = cell.StartsWith('!');
        var name = negated ? cell[1..] : cell;
        var found = Enum.GetValues<ActorClass>().Where(c => WordClasses.Kebab(c.ToString()) == name).ToList();
        return found.Count == 1 ? new ActorCondition(found[0], negated) : null;
    }

    /// <summary>Whether an actor whose class test gives <paramref name="isOfClass"/> fits.</summary>
    public bool Fits(Func<ActorClass, bool> isOfClass) => Class is not { } c || isOfClass(c) != Negated;
}
