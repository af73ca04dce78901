namespace Sitrep.Events;

/// <summary>What an <see cref="Inter"/> code says of an actor, and how two of them make an interaction code.</summary>
public static class InterCodes
{
    /// <summary>Whether an actor of this kind bears arms as an organised force: state, rebel, militia or external forces.</summary>
    public static bool IsArmed(this Inter inter) => inter is Inter.State or Inter.Rebel or Inter.PoliticalMilitia or Inter.IdentityMilitia or Inter.External;

    /// <summary>Whether an actor of this kind is an armed group outside the state: a rebel group or a militia.</summary>
    public static bool IsNonStateArmed(this Inter inter) => inter is Inter.Rebel or Inter.PoliticalMilitia or Inter.IdentityMilitia;

    /// <summary>Whether an actor of this kind is a crowd: rioters or protesters.</summary>
    public static bool IsCrowd(this Inter inter) => inter is Inter.Rioters or Inter.Protesters;

    /// <summary>An actor's code as a data file writes it, a number from 1 to 8; false for anything else (0 is no actor, never a row's).</summary>
    public static bool TryParseActor(string text, out Inter inter)
    {
        bool ok = int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var code) && code is >= 1 and <= 8;
        inter = ok ? (Inter)code : Inter.None;
        return ok;
    }

    /// <summary>The two codes joined, lower first (17, not 71); a sole actor gives 10×code (60).</summary>
    public static int Interaction(Inter inter1, Inter inter2)
    {
        int a = (int)inter1, b = (int)inter2;
        if (a == 0 && b == 0) return 0;
        if (b == 0) return a * 10;
        if (a == 0) return b * 10;
        return Math.Min(a, b) * 10 + Math.Max(a, b);
    }
}
