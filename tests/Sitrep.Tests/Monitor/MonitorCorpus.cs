namespace Sitrep.Tests.Monitor;

/// <summary>Short reports the project writes for the monitor's tests: killings and marches in distinct towns, weeks apart, so none merges unless a test means it to.</summary>
internal static class MonitorCorpus
{
    private static readonly string[] Towns = ["Gao", "Kidal", "Mopti", "Segou", "Sikasso", "Kayes", "Timbuktu", "Koutiala"];

    private static (string Town, DateOnly Day) Slot(int i) => (Towns[i % Towns.Length], new DateOnly(2025, 1, 5).AddDays(i * 9));

    public static LoopbackFeedServer.Article Killing(string slug, int i, int dead)
    {
        var (town, day) = Slot(i);
        return new(slug, $"Gunmen kill {dead} in {town}",
            $"Gunmen killed {dead} civilians in an attack on a market in {town}, Mali, on {day:d MMMM yyyy}, officials said.\nThe attackers fled on motorbikes, a resident said.",
            day.AddDays(1));
    }

    public static LoopbackFeedServer.Article March(string slug, int i)
    {
        var (town, day) = Slot(i);
        return new(slug, $"Traders march in {town}",
            $"Hundreds of traders marched peacefully in {town}, Mali, on {day:d MMMM yyyy} to protest against new market taxes, organisers said.\nThe march ended without incident.",
            day.AddDays(1));
    }
}
