namespace Sitrep.Events;

/// <summary>ACLED's actor kinds (inter codes) and how two of them make an interaction code.</summary>
public static class InterCodes
{
    public const int None = 0, State = 1, Rebel = 2, PoliticalMilitia = 3, IdentityMilitia = 4,
        Rioters = 5, Protesters = 6, Civilians = 7, External = 8;

    /// <summary>Whether an actor of this kind bears arms as an organised force: state, rebel, militia or external forces.</summary>
    public static bool IsArmed(int inter) => inter is State or Rebel or PoliticalMilitia or IdentityMilitia or External;

    /// <summary>Whether an actor of this kind is an armed group outside the state: a rebel group or a militia.</summary>
    public static bool IsNonStateArmed(int inter) => inter is Rebel or PoliticalMilitia or IdentityMilitia;

    /// <summary>The two codes joined, lower first (17, not 71); a sole actor gives 10×code (60).</summary>
    public static int Interaction(int inter1, int inter2)
    {
        if (inter1 == 0 && inter2 == 0) return 0;
        if (inter2 == 0) return inter1 * 10;
        if (inter1 == 0) return inter2 * 10;
        return Math.Min(inter1, inter2) * 10 + Math.Max(inter1, inter2);
    }
}
