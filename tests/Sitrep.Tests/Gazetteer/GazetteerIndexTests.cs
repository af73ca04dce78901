using Shouldly;
using Sitrep.Gazetteer;
using Sitrep.Text;
using Xunit;

namespace Sitrep.Tests.Gazetteer;

public class GazetteerIndexTests
{
    private static GazetteerIndex Gaz => TestResources.Resources.Gazetteer;

    [Theory]
    [InlineData("Mogadishu", "SO")]
    [InlineData("Kabul", "AF")]
    [InlineData("Tijuana", "MX")]
    [InlineData("Kharkiv", "UA")]
    [InlineData("Manila", "PH")]
    [InlineData("Bogota", "CO")]
    [InlineData("Maiduguri", "NG")]
    public void Finds_places_on_every_continent(string name, string country) =>
        Gaz.FindPlaces(TextFold.Fold(name)).ShouldContain(p => p.CountryCode == country);

    [Theory]
    [InlineData("Mali", "ML")]
    [InlineData("burkina faso", "BF")]
    [InlineData("ne", "NE")]
    [InlineData(" Niger ", "NE")]
    public void Names_a_country_by_its_name_or_code(string given, string iso2) =>
        Gaz.CountryCodeOf(given).ShouldBe(iso2);

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("QQ")]
    [InlineData("")]
    public void Names_no_country_for_what_is_none(string given) =>
        Gaz.CountryCodeOf(given).ShouldBeNull();

    [Theory]
    [InlineData("Sévaré", "Sevare")]
    [InlineData("SEVARE", "Sevare")]
    [InlineData("Ségou", "Segou")]
    [InlineData("Bogotá", "Bogota")]
    public void Accents_and_case_do_not_matter(string written, string name) =>
        Gaz.FindPlaces(TextFold.Fold(written)).ShouldContain(p => p.Name == name);

    [Theory]
    [InlineData("Pétion-Ville", "Petionville", "HT")]
    [InlineData("Bobodioulasso", "Bobo-Dioulasso", "BF")]
    [InlineData("Porto Novo", "Porto-Novo", "BJ")]
    public void Names_match_whatever_hyphens_and_spaces_join_their_words(string written, string name, string country) =>
        Gaz.FindPlaces(TextFold.Fold(written)).ShouldContain(p => p.Name == name && p.CountryCode == country);

    [Fact]
    public void A_short_name_is_not_found_by_joining_its_words() =>
        Gaz.FindPlaces(TextFold.Fold("A-B")).ShouldBeEmpty();

    [Fact]
    public void Knows_transliterations_from_alternate_names()
    {
        Gaz.FindPlaces(TextFold.Fold("Kharkov")).ShouldContain(p => p.CountryCode == "UA");
        Gaz.FindPlaces(TextFold.Fold("Muqdisho")).ShouldContain(p => p.CountryCode == "SO");
    }

    [Fact]
    public void The_overlay_adds_places_geonames_lacks()
    {
        var sevare = Gaz.FindPlaces("sevare").Single(p => p.CountryCode == "ML");
        Gaz.Admin1Of(sevare)!.Name.ShouldBe("Mopti");
        Geo.Km(sevare.Latitude, sevare.Longitude, 14.53, -4.10).ShouldBeLessThan(5);
        sevare.Origin.ShouldStartWith("overlay");
    }

    [Fact]
    public void Knows_division_names_in_their_other_spellings()
    {
        Gaz.FindAdmin1(TextFold.Fold("Lower Shabelle")).ShouldContain(a => a.CountryCode == "SO");
        Gaz.FindAdmin1(TextFold.Fold("Shabeellaha Hoose")).ShouldContain(a => a.CountryCode == "SO");
        Gaz.FindAdmin1(TextFold.Fold("Timbuktu")).ShouldContain(a => a.CountryCode == "ML" && a.Name == "Tombouctou");
        Gaz.FindAdmin1(TextFold.Fold("Nord-Ouest")).ShouldContain(a => a.CountryCode == "CM");
        // Without the generic words GeoNames puts around them: "Caza du Chouf", "Parish of St. James", "El Beni".
        Gaz.FindAdmin2(TextFold.Fold("Chouf")).ShouldContain(a => a.CountryCode == "LB");
        Gaz.FindAdmin1(TextFold.Fold("Saint James")).ShouldContain(a => a.CountryCode == "JM");
        Gaz.FindAdmin1(TextFold.Fold("Beni")).ShouldContain(a => a.CountryCode == "BO");
    }

    [Fact]
    public void Seats_of_regions_and_capitals_are_known()
    {
        var mopti = Gaz.FindAdmin1("mopti").Single(a => a.CountryCode == "ML");
        Gaz.SeatOf(mopti)!.Name.ShouldBe("Mopti");
        Gaz.CapitalOf("ML")!.Name.ShouldBe("Bamako");
    }

    [Fact]
    public void A_common_word_is_no_other_name_of_a_place_but_stays_the_own_name_of_one()
    {
        // GeoNames lists airport codes among other names: "CAN" for Guangzhou, "LOS" for Lagos; a title-case "Can" or
        // "Los" finds neither. Iraq's Hit and Niger's Say bear the word as their own name and are still found.
        Gaz.FindPlaces("can").ShouldNotContain(p => p.CountryCode == "CN");
        Gaz.FindPlaces("los").ShouldNotContain(p => p.CountryCode == "NG");
        Gaz.FindPlaces("guangzhou").ShouldContain(p => p.CountryCode == "CN");
        Gaz.FindPlaces("hit").ShouldContain(p => p.CountryCode == "IQ");
        Gaz.FindPlaces("say").ShouldContain(p => p.CountryCode == "NE");
        // Yemen's As Said district is found by its whole name only.
        Gaz.FindAdmin2("said").ShouldBeEmpty();
        Gaz.FindAdmin2("as said").ShouldContain(a => a.CountryCode == "YE");
    }

    [Theory]
    [InlineData("Southern Region", "Southern")]
    [InlineData("Rajshahi Division", "Rajshahi")]
    [InlineData("Western Area", "Western")]
    [InlineData("Zangilan Rayon", "Zangilan")]
    [InlineData("Région de Ségou", "Ségou")]
    [InlineData("Kyiv City", "Kyiv City")]
    [InlineData("Northern Territory", "Northern Territory")]
    public void Acled_names_drop_the_words_acleds_files_leave_out(string geoNames, string acled) =>
        Gaz.AcledName(new Admin1("XX", "01", geoNames)).ShouldBe(acled);

    [Theory]
    [InlineData("Kyiv City", true)]
    [InlineData("Northern Territory", true)]
    [InlineData("Southern Region", false)]
    [InlineData("Rajshahi Division", false)]
    [InlineData("Greater Accra", false)]
    public void A_name_acled_writes_with_a_word_the_press_leaves_out_is_known(string geoNames, bool writes) =>
        Gaz.DivisionNames.WritesDroppableWords(geoNames).ShouldBe(writes);

    [Fact]
    public void A_common_name_from_natural_earth_is_written_and_both_names_are_found()
    {
        Gaz.AcledName(new Admin1("LB", "04", "Beyrouth", "Beirut")).ShouldBe("Beirut");
        // Built from the shipped sources: GeoNames says "Beyrouth", Natural Earth's places say "Beirut".
        var beirut = Gaz.FindAdmin1(TextFold.Fold("Beirut")).ShouldHaveSingleItem();
        Gaz.AcledName(beirut).ShouldBe("Beirut");
        Gaz.FindAdmin1(TextFold.Fold("Beyrouth")).ShouldContain(beirut);
    }

    [Fact]
    public void The_aliases_file_sets_the_name_to_write_for_a_division_or_a_whole_country()
    {
        // One division: GeoNames' "Liban-Nord" is Lebanon's North governorate.
        // (Natural Earth joins its Lebanese Tripoli to Libya's; a join across countries is not used.)
        Gaz.AcledName(Gaz.FindAdmin1(TextFold.Fold("North Lebanon")).ShouldHaveSingleItem()).ShouldBe("North");
        // A whole country: Natural Earth writes Greece's regions in Greek ("Attiki"); GeoNames' English names are
        // written, and the Greek ones still found.
        var attica = Gaz.FindAdmin1(TextFold.Fold("Attiki")).ShouldHaveSingleItem();
        Gaz.AcledName(attica).ShouldBe("Attica");
        Gaz.FindAdmin1(TextFold.Fold("Attica")).ShouldContain(attica);
    }

    [Fact]
    public void A_bad_line_in_the_aliases_file_is_named_with_its_line()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-aliases-").FullName;
        try
        {
            var aliases = Path.Combine(dir, "admin1-aliases.tsv");
            File.WriteAllText(aliases, "# comment\nGR\t*\t\tNaturalEarth\n");
            var file = Path.Combine(TestResources.DataDirectory, "gazetteer", GazetteerIndex.FileName);
            Should.Throw<GazetteerFormatException>(() => GazetteerIndex.Load(file, null, aliases)).Message.ShouldContain("admin1-aliases.tsv:2");
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void The_admin2_aliases_file_finds_a_district_under_its_local_name_and_names_a_bad_line()
    {
        // GeoNames files Burkina Faso's Soum province as "Province du Djelgodji".
        Gaz.FindAdmin2(TextFold.Fold("Soum")).ShouldHaveSingleItem().Name.ShouldBe("Province du Djelgodji");
        var dir = Directory.CreateTempSubdirectory("sitrep-aliases-").FullName;
        try
        {
            var aliases = Path.Combine(dir, "admin2-aliases.tsv");
            File.WriteAllText(aliases, "# comment\nBF\tDjelgodji\tSoum\nBF\tNowhere\tSoum\n");
            var file = Path.Combine(TestResources.DataDirectory, "gazetteer", GazetteerIndex.FileName);
            Should.Throw<GazetteerFormatException>(() => GazetteerIndex.Load(file, null, null, aliases)).Message.ShouldContain("admin2-aliases.tsv:3");
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("Rajouri", "Rajauri")]
    [InlineData("Naushera", "Nowshera")]
    [InlineData("Baramulla", "Baramula")]
    public void Another_transliteration_shares_the_skeleton_and_is_close(string written, string known)
    {
        NameSkeleton.Of(TextFold.Fold(written)).ShouldBe(NameSkeleton.Of(TextFold.Fold(known)));
        NameSkeleton.Close(TextFold.Fold(written), TextFold.Fold(known)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Kidal", "Kandal")]
    [InlineData("Mopti", "Mapto")]
    [InlineData("Bamako", "Bamba")]
    public void Different_names_are_not_close(string a, string b) =>
        NameSkeleton.Close(TextFold.Fold(a), TextFold.Fold(b)).ShouldBeFalse();

    [Fact]
    public void A_place_whose_region_geonames_no_longer_lists_takes_natural_earths()
    {
        // South Sudan's states are missing from GeoNames' admin1 list; Natural Earth puts Rumbek in Lakes.
        var rumbek = Gaz.FindPlaces("rumbek").ShouldHaveSingleItem();
        Gaz.AcledName(Gaz.Admin1Of(rumbek)!).ShouldBe("Lakes");
    }

    [Fact]
    public void An_unknown_name_finds_nothing() =>
        Gaz.FindPlaces(TextFold.Fold("Xyzzyville Qwerty")).ShouldBeEmpty();
}
