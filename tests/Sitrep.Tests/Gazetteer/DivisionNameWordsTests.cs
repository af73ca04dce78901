using Shouldly;
using Sitrep.Gazetteer;
using Sitrep.Resources;
using Xunit;

namespace Sitrep.Tests.Gazetteer;

/// <summary>data/gazetteer/division-name-words.tsv: the keys a division is found under.</summary>
public class DivisionNameWordsTests
{
    private static DivisionNameWords Shipped => DivisionNameWords.Load(TestResources.DataDirectory);

    [Theory]
    // The keys the engine gave these names when the words were C# (one case of each kind of row).
    [InlineData("Kandahar District", "kandahar district|kandahar")]
    [InlineData("Province de la Tapoa", "province de la tapoa|tapoa")]
    [InlineData("Caza de la Bekaa", "caza de la bekaa|bekaa")]
    [InlineData("Al Anbar Governorate", "al anbar governorate|anbar|al anbar")]
    [InlineData("El Wak", "el wak|wak")]
    [InlineData("St. James Parish", "st james parish|st james|saint james")]
    [InlineData("Région de Mopti", "region de mopti|mopti")]
    [InlineData("Ay District", "ay district")]
    [InlineData("Mopti", "mopti")]
    // An article the consonant skeleton drops (skeleton-articles.tsv), assimilated or not.
    [InlineData("As Sulaymaniyah", "as sulaymaniyah|sulaymaniyah")]
    // A joined prefix is told from a word that starts the name ("de l'Océan", "de Loga").
    [InlineData("Département de l'Océan", "departement de locean|ocean")]
    [InlineData("Département de Loga", "departement de loga|loga")]
    // A word's closing apostrophe is its own; two words of one kind of division go together.
    [InlineData("Qaḑā’ Sāmarrā’", "qada samarra|samarra")]
    [InlineData("Amathole District Municipality", "amathole district municipality|amathole")]
    public void A_division_is_found_without_the_words_around_its_name(string name, string keys) =>
        string.Join("|", Shipped.Keys(name)).ShouldBe(keys);

    [Fact]
    public void A_key_made_by_dropping_words_is_no_common_word_of_the_languages_coded()
    {
        // Without the article "As Said" would be found as "said", which every report writes.
        var words = DivisionNameWords.Read(Path.Combine(TestResources.DataDirectory, DivisionNameWords.FileName),
            Path.Combine(TestResources.DataDirectory, Sitrep.Text.NameSkeleton.ArticlesFile));
        string.Join("|", words.Keys("As Said")).ShouldBe("as said|said");
        string.Join("|", words.With(CommonWords.Of(["said"])).Keys("As Said")).ShouldBe("as said");
        // A division's own name stays a key, common word or not, and so does a key that is none.
        string.Join("|", words.With(CommonWords.Of(["said"])).Keys("Said")).ShouldBe("said");
        string.Join("|", words.With(CommonWords.Of(["said"])).Keys("As Sulaymaniyah")).ShouldBe("as sulaymaniyah|sulaymaniyah");
        // The shipped folder's words are the language packs' function and common words.
        string.Join("|", Shipped.Keys("As Said")).ShouldBe("as said");
    }

    [Fact]
    public void The_gazetteer_indexes_a_division_under_the_table_of_its_data_folder()
    {
        var gaz = TestResources.Resources.Gazetteer;
        gaz.DivisionKeys("Kandahar District").ShouldContain("kandahar");
        // A table of a user's own: "bezirk" is a division word, "st" is not an abbreviation.
        var dir = Directory.CreateTempSubdirectory("sitrep-division-words-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "gazetteer"));
            File.WriteAllText(Path.Combine(dir, DivisionNameWords.FileName), "# own\naffix\tbezirk\teither\t-\n");
            var own = DivisionNameWords.Load(dir);
            string.Join("|", own.Keys("Mitte Bezirk")).ShouldBe("mitte bezirk|mitte");
            string.Join("|", own.Keys("St James District")).ShouldBe("st james district");
            var file = Path.Combine(TestResources.DataDirectory, "gazetteer", GazetteerIndex.FileName);
            // GeoNames files Burkina Faso's Djelgodji as "Province du Djelgodji": found without "province du" only where
            // the table says so.
            GazetteerIndex.Load(file).FindAdmin2("djelgodji").ShouldHaveSingleItem().Name.ShouldBe("Province du Djelgodji");
            var ownGazetteer = GazetteerIndex.Load(file, divisionNames: own);
            ownGazetteer.FindAdmin2("djelgodji").ShouldBeEmpty();
            ownGazetteer.FindAdmin2("province du djelgodji").ShouldHaveSingleItem();
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("affix\tdistrict\teither\tsuffix\nprefix\tprovince\t-\n", "division-name-words.tsv:2", "'prefix' is not a kind")]
    [InlineData("affix\tdistrict\tmiddle\t-\n", "division-name-words.tsv:1", "'middle' is not a position")]
    [InlineData("affix\tdistrict\tsuffix\n", "division-name-words.tsv:1", "fourth")]
    [InlineData("abbreviation\tst\t.\n", "division-name-words.tsv:1", "full word")]
    [InlineData("affix\n", "division-name-words.tsv:1", "fields")]
    public void A_bad_row_is_one_error_naming_its_file_and_line(string rows, string where, string what)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-division-words-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "gazetteer"));
            File.WriteAllText(Path.Combine(dir, DivisionNameWords.FileName), rows);
            var e = Should.Throw<ResourceFormatException>(() => DivisionNameWords.Load(dir));
            e.Message.ShouldContain(where);
            e.Message.ShouldContain(what);
        }
        finally { Directory.Delete(dir, true); }
    }
}
