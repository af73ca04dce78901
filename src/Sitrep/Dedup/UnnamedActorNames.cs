using System.Collections.Immutable;
using Sitrep.Resources;

namespace Sitrep.Dedup;

/// <summary>
/// The beginnings of ACLED's names for actors the text does not name ("Unidentified Armed Group (Mali)"), read from
/// <c>data/acled/unnamed-actor-names.tsv</c>: the codebook's convention, not the matcher's, so it lives as data.
/// An unnamed actor is compatible with any named one, and a merged event prefers the name a report gives.
/// </summary>
public sealed record UnnamedActorNames(ImmutableArray<string> Prefixes) : IDedupTable<UnnamedActorNames>
{
    public const string FileName = "acled/unnamed-actor-names.tsv";

    public static readonly UnnamedActorNames None = new([]);

    /// <summary>The names of the data folder the program runs with.</summary>
    public static UnnamedActorNames Default => DedupData.Shipped<UnnamedActorNames>();

    /// <summary>Reads the prefixes; a data folder without the file has none, so every actor counts as named.</summary>
    public static UnnamedActorNames Load(string dataDirectory)
    {
        var prefixes = ImmutableArray.CreateBuilder<string>();
        foreach (var (path, line, fields) in DedupData.Rows(dataDirectory, FileName))
        {
            if (fields[0].Trim().Length == 0) throw new ResourceFormatException(path, line, "an unnamed actor's prefix must not be empty");
            prefixes.Add(fields[0]);
        }
        return new UnnamedActorNames(prefixes.ToImmutable());
    }

    /// <summary>Whether an actor is named: not empty and not one of ACLED's names for an actor the text leaves unnamed.</summary>
    public bool IsNamed(string actor) =>
        actor.Length > 0 && !Prefixes.Any(p => actor.StartsWith(p, StringComparison.Ordinal));
}
