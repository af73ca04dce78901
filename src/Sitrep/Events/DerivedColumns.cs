using Sitrep.Resources;

namespace Sitrep.Events;

/// <summary>
/// The values of ACLED's export columns that follow from the event's actors by ACLED's rule, read once from
/// <c>data/acled/derived-columns.tsv</c>: what ACLED writes in <c>civilian_targeting</c> and for which inter code of
/// actor2. The codebook's words, not the record's: the record only knows that the column follows from actor2.
/// </summary>
public sealed record DerivedColumns(string CivilianTargeting, Inter CivilianTargetingInter2)
{
    public const string FileName = "acled/derived-columns.tsv";

    /// <summary>The column whose value tells that civilians were the target.</summary>
    public const string CivilianTargetingColumn = "civilian_targeting";

    private static readonly Lazy<DerivedColumns> Shipped = new(() => Load(CodingResources.DefaultDataDirectory()));

    /// <summary>The columns of the data folder the program runs with, read on first use.</summary>
    public static DerivedColumns Default => Shipped.Value;

    /// <summary>
    /// The table of <paramref name="dataDirectory"/>. A column the record does not derive, a bad inter code, or a table
    /// without the civilian-targeting row is a <see cref="ResourceFormatException"/> naming the file and line.
    /// </summary>
    public static DerivedColumns Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        DerivedColumns? found = null;
        foreach (var (line, f) in TsvFile.Read(path, 3))
        {
            if (f[0] != CivilianTargetingColumn) throw new ResourceFormatException(path, line, $"'{f[0]}' is not a column the record derives ({CivilianTargetingColumn})");
            if (f[1].Length == 0) throw new ResourceFormatException(path, line, "the value ACLED writes must not be empty");
            if (!InterCodes.TryParseActor(f[2], out var inter)) throw new ResourceFormatException(path, line, $"inter '{f[2]}' is not a code from 1 to 8");
            found = new DerivedColumns(f[1], inter);
        }
        return found ?? throw new ResourceFormatException(path, 0, $"no row for the column {CivilianTargetingColumn}");
    }

    /// <summary>What ACLED writes in civilian_targeting for an event whose actor2 has inter code <paramref name="inter2"/>.</summary>
    public string CivilianTargetingFor(Inter inter2) => inter2 == CivilianTargetingInter2 ? CivilianTargeting : "";
}
