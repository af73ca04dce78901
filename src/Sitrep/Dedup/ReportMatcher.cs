using Sitrep.Events;
using Sitrep.Gazetteer;

namespace Sitrep.Dedup;

/// <summary>
/// Decides whether two coded reports are of the same event. They are when every field that both
/// reports know agrees within what reporting allows: the day (a day apart for exact dates, more when a
/// report only knows the week or month), the country, the place (30 km when both name a town or its
/// surroundings, the same region when one knows only the region), the kind of violence, and the actors
/// (the same named group, or one report leaving the group unnamed). Anything else is a contradiction.
/// </summary>
public static class ReportMatcher
{
    public const double MaxKm = 30;

    public static MatchVerdict Compare(CodedEvent a, CodedEvent b)
    {
        var reasons = new List<string>();
        double score = 0;

        if (a.EventDate is DateOnly da && b.EventDate is DateOnly db)
        {
            int days = Math.Abs(da.DayNumber - db.DayNumber);
            int allowed = Math.Max(a.TimePrecision, b.TimePrecision) switch { 1 => 1, 2 => 7, _ => 31 };
            if (days > allowed) return No($"{days} days apart ({da:yyyy-MM-dd}, {db:yyyy-MM-dd})");
            reasons.Add(days == 0 ? $"same day {da:yyyy-MM-dd}" : $"{days} day{(days > 1 ? "s" : "")} apart");
            score += 3 - days;
        }

        if (a.Country.Length > 0 && b.Country.Length > 0)
        {
            if (a.Country != b.Country) return No($"different countries ({a.Country}, {b.Country})");
            score += 1;
        }

        if (a.Latitude is double la && a.Longitude is double oa && b.Latitude is double lb && b.Longitude is double ob && a.GeoPrecision < 3 && b.GeoPrecision < 3)
        {
            var km = Geo.Km(la, oa, lb, ob);
            if (km > MaxKm) return No($"{km:0} km apart ({a.Location}, {b.Location})");
            reasons.Add(km < 1 ? $"same place ({a.Location})" : $"{km:0} km apart ({a.Location}, {b.Location})");
            score += 3 - km / MaxKm * 2;
        }
        else if (a.Admin1.Length > 0 && b.Admin1.Length > 0)
        {
            if (!SameName(a.Admin1, b.Admin1) && (a.GeoPrecision == 3 || b.GeoPrecision == 3) && !NearEnough(a, b))
                return No($"different regions ({a.Admin1}, {b.Admin1})");
            reasons.Add($"same region ({a.Admin1})");
            score += 1;
        }

        if (!CompatibleTypes(a, b)) return No($"different kinds of event ({a.SubEventType}, {b.SubEventType})");
        // A report placed only at a region or a country says too little to be the same event as another
        // on its place alone: it must tell the same kind of event, in the same region, by the same actor.
        // "Near X" or a district: two villages around one town may be two places, so the kind of event must agree exactly.
        if ((a.GeoPrecision == 2 || b.GeoPrecision == 2) && a.GeoPrecision < 3 && b.GeoPrecision < 3 && a.SubEventType != b.SubEventType)
            return No($"near a town, and different kinds of event ({a.SubEventType}, {b.SubEventType})");
        if (a.GeoPrecision == 3 || b.GeoPrecision == 3)
        {
            if (a.SubEventType != b.SubEventType) return No($"only a region or country, and different kinds of event ({a.SubEventType}, {b.SubEventType})");
            if (a.Admin1.Length > 0 && b.Admin1.Length > 0 ? !SameName(a.Admin1, b.Admin1) : a.Admin1 != b.Admin1)
                return No("only a region or country, and not the same region");
            if (a.Actor1 != b.Actor1) return No($"only a region or country, and different actors ({a.Actor1}, {b.Actor1})");
        }
        reasons.Add(a.SubEventType == b.SubEventType ? $"both {a.SubEventType}" : $"{a.SubEventType} / {b.SubEventType}");
        score += a.SubEventType == b.SubEventType ? 2 : 1;

        if (!CompatibleActors(a.Actor1, b.Actor1) && !CompatibleActors(a.Actor1, b.Actor2))
            return No($"different perpetrators ({a.Actor1}, {b.Actor1})");
        if (a.Actor1 == b.Actor1) { reasons.Add($"same actor ({a.Actor1})"); score += 1; }
        return new MatchVerdict(true, score, string.Join("; ", reasons));

        static MatchVerdict No(string why) => new(false, 0, why);
    }

    /// <summary>A region named in one report and a town within it in the other.</summary>
    private static bool NearEnough(CodedEvent a, CodedEvent b) =>
        a.Latitude is double la && a.Longitude is double oa && b.Latitude is double lb && b.Longitude is double ob && Geo.Km(la, oa, lb, ob) <= 150;

    private static bool SameName(string a, string b) => Evaluation.Evaluator.SamePlace(a, b);

    /// <summary>The same event type, or two kinds of political violence that reports of one attack mix ("a suicide attack" and "a clash").</summary>
    private static bool CompatibleTypes(CodedEvent a, CodedEvent b)
    {
        if (a.EventType == b.EventType) return true;
        string[] violence = [EventTaxonomy.Battles, EventTaxonomy.Explosions, EventTaxonomy.ViolenceAgainstCivilians];
        string[] crowds = [EventTaxonomy.Protests, EventTaxonomy.Riots];
        return (violence.Contains(a.EventType) && violence.Contains(b.EventType)) || (crowds.Contains(a.EventType) && crowds.Contains(b.EventType));
    }

    /// <summary>Actors agree when equal, or when either is unnamed ("Unidentified Armed Group") or empty.</summary>
    public static bool CompatibleActors(string a, string b) =>
        a == b || a.Length == 0 || b.Length == 0 || IsUnnamed(a) || IsUnnamed(b);

    private static bool IsUnnamed(string actor) =>
        actor.StartsWith("Unidentified", StringComparison.Ordinal) || actor.StartsWith("Islamist Militia", StringComparison.Ordinal);
}
