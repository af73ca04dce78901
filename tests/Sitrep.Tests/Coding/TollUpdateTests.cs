using Shouldly;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>Tolls as news updates them: the toll so far holds the dead told beside it; a ceiling alone is the figure reported.</summary>
public class TollUpdateTests
{
    [Fact]
    public void A_toll_that_rose_is_not_added_to_the_dead_it_updates()
    {
        var e = Code("Gunmen attacked the village of Kwall on Sunday; the toll rose from 20 to 31 dead, officials said on Tuesday. "
            + "Rescuers found 11 more bodies on Monday, bringing the toll to 31 dead.", "2021-03-09").ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(31);
    }

    [Fact]
    public void Un_bilan_passe_de_20_a_31_morts_n_est_pas_ajoute_a_ce_qu_il_actualise()
    {
        var e = Code("Le bilan de l'assaut mené dimanche contre le marché de Kwall est passé de 20 à 31 morts, selon la préfecture. "
            + "Les secouristes ont découvert onze autres dépouilles, ce qui porte le nombre de victimes à 31 morts.", "2021-03-09").ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(31);
    }

    [Fact]
    public void Up_to_a_number_codes_that_number_when_no_lower_one_is_told()
    {
        var e = Code("Gunmen attacked the village of Kwall in Plateau state on Sunday, and up to 40 people were killed, residents said.", "2021-03-09").ShouldHaveSingleItem();
        e.Fatalities.ShouldBe(40);
        e.FatalitiesHigh.ShouldBe(40);
    }
}
