namespace Sitrep.Storage;

/// <summary>
/// An event's id as ACLED writes it (its <c>event_id_cnty</c>): the country's ISO 3166 alpha-3 code and a number
/// counted per country (<c>MLI1234</c>). The number is never reused, so an id once shown keeps naming the same
/// event or, after a merge, the event that absorbed it.
/// </summary>
public static class EventCode
{
    /// <summary>The prefix for an event whose country is unknown: ISO 3166's user-assigned "XXX", as travel documents write an unspecified nationality.</summary>
    public const string UnknownCountry = "XXX";

    public static string Prefix(string iso3) =>
        iso3.Length == 3 && iso3.All(char.IsAsciiLetter) ? iso3.ToUpperInvariant() : UnknownCountry;

    public static string Format(string iso3, long number) => Prefix(iso3) + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
