using Shouldly;
using Sitrep.Dedup;
using Xunit;

namespace Sitrep.Tests.Dedup;

public class NotPlaceWordsTests
{
    [Fact]
    public void Countries_and_demonyms_of_every_shipped_language_are_never_a_place_beside_the_coded_one()
    {
        var words = NotPlaceWords.Default;
        // A country as French writes it, as ACLED writes it, and a word of a French country's name.
        foreach (var w in new[] { "tchad", "chad", "mali", "niger", "burkina" }) words.Contains(w).ShouldBeTrue(w);
        // Demonyms, whole and by their stem (Malian*, malien*).
        foreach (var w in new[] { "rwandan", "malians", "malienne", "congolese" }) words.Contains(w).ShouldBeTrue(w);
        // A village stays a place, and so do the generic words of countries' names: "the North Zone" of a city is not "the West Zone".
        foreach (var w in new[] { "kourouma", "south", "north", "central", "republic", "zone" }) words.Contains(w).ShouldBeFalse(w);
    }

    [Fact]
    public void A_report_naming_neighbours_beside_its_town_names_no_other_place()
    {
        const string text = "On Tuesday fighters seized Goma near the Rwandan and Ugandan borders, killing 3 soldiers.";
        var r = ReportMatcherTests.Report("a", text, "2025-01-28");
        r.Location.ShouldBe("Goma");
        r.PlaceNames.ShouldNotContain("rwandan");
        r.PlaceNames.ShouldNotContain("ugandan");
        // Without the words, the same sentence counts them as places beside Goma.
        var bare = ReportFeatures.Of(Sitrep.Tests.Coding.CodingTestKit.Main(text, "2025-01-28"), text, NotPlaceWords.None);
        bare.PlaceNames.ShouldContain("rwandan");
    }

    [Fact]
    public void A_direction_before_a_country_qualifies_it_but_a_direction_before_another_name_stays_a_place()
    {
        var r = ReportMatcherTests.Report("a", "On Tuesday fighters seized Goma in Eastern Congo, killing 3 soldiers.", "2025-01-28");
        r.Location.ShouldBe("Goma");
        r.PlaceNames.ShouldNotContain("eastern");
        var zone = ReportMatcherTests.Report("b", "On Tuesday police clashed with gunmen in Rio de Janeiro's North Zone, killing 3 people.", "2025-01-28");
        zone.PlaceNames.ShouldContain("north");
    }

    [Fact]
    public void Data_files_in_a_folder_give_their_words()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-notplace-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "countries.tsv"), "ZZ\tRepublic of Zedland\tEurope\n");
            Directory.CreateDirectory(Path.Combine(dir.FullName, "xx"));
            File.WriteAllText(Path.Combine(dir.FullName, "xx", "countries.tsv"), "ZZ\tZédlande\tzedlandais*\n");
            File.WriteAllText(Path.Combine(dir.FullName, "xx", "place-stopwords.txt"), "# comment\nrepublic\n");
            var words = NotPlaceWords.Load(dir.FullName);
            foreach (var w in new[] { "zedland", "zedlande", "zedlandaises" }) words.Contains(w).ShouldBeTrue(w);
            words.Contains("republic").ShouldBeFalse();
        }
        finally { dir.Delete(recursive: true); }
    }
}
