using Shouldly;
using Sitrep.Dedup;
using Xunit;

namespace Sitrep.Tests.Dedup;

/// <summary>
/// The phrases that name a settlement before its name are the place cues each language's place-cues.tsv marks
/// <c>settlement</c>: one table for the words around a place's name, the dedup matcher reading those that name a village.
/// </summary>
public class SettlementWordsTests
{
    private static string Joined(SettlementWords words) => string.Join("|", words.Phrases.Select(p => string.Join(" ", p)));

    [Fact]
    public void The_settlement_phrases_are_the_place_cues_marked_so_in_every_language()
    {
        var phrases = SettlementWords.Default.Phrases.Select(p => string.Join(" ", p)).ToHashSet();
        foreach (var settlement in new[] { "village of", "town of", "village de", "commune de", "hameau de", "pueblo de", "aldeia de" })
            phrases.ShouldContain(settlement);
        // A cue that says the event is in a place without naming what the place is names no settlement.
        foreach (var other in new[] { "in", "near", "dans", "en", "em", "heart of" })
            phrases.ShouldNotContain(other);
    }

    [Fact]
    public void A_folder_of_its_own_gives_the_cues_its_packs_mark()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-settlements-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "xx"));
            File.WriteAllText(Path.Combine(dir.FullName, "xx", "place-cues.tsv"), "# own\nin\tbefore\tat\nhamlet of\tbefore\tat\tsettlement\nnear\tbefore\tnear\n");
            Joined(SettlementWords.Load(dir.FullName)).ShouldBe("hamlet of");
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void A_place_cue_that_names_anything_else_fails_when_the_lexicon_loads_naming_its_line()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-placecues-");
        try
        {
            foreach (var pack in new[] { "en", "acled" })
            {
                Directory.CreateDirectory(Path.Combine(dir.FullName, pack));
                foreach (var f in Directory.EnumerateFiles(Path.Combine(TestResources.DataDirectory, pack)))
                    File.Copy(f, Path.Combine(dir.FullName, pack, Path.GetFileName(f)));
            }
            var cues = Path.Combine(dir.FullName, "en", "place-cues.tsv");
            var lines = File.ReadAllLines(cues).Length;
            File.AppendAllText(cues, "hamlet of\tbefore\tat\tsettlment\n");
            var e = Should.Throw<Sitrep.Resources.ResourceFormatException>(() => Sitrep.Resources.Lexicon.Load(dir.FullName, "en"));
            e.Line.ShouldBe(lines + 1);
            e.Message.ShouldContain("settlment");
        }
        finally { dir.Delete(recursive: true); }
    }

    [Fact]
    public void Two_spanish_reports_that_name_the_same_unlisted_village_name_it_as_a_settlement()
    {
        var a = ReportMatcherTests.Report("a", "Hombres armados mataron el martes a seis campesinos en el pueblo de Yarumalito, en el norte de Colombia, según la alcaldía.", "2024-05-22");
        var b = ReportMatcherTests.Report("b", "Seis campesinos fueron asesinados el martes por hombres armados en el pueblo de Yarumalito, en el norte de Colombia, informó la alcaldía.", "2024-05-22");
        a.Settlements.ShouldBe(["yarumalito"]);
        b.Settlements.ShouldBe(["yarumalito"]);
    }
}
