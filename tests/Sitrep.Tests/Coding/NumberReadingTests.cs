using Shouldly;
using Sitrep.Resources;
using Sitrep.Text;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>
/// Numbers as each language writes them in digits (data/&lt;lang&gt;/number-format.tsv): "2,000" and "2 000" are
/// counts, not years; French decimals take a comma ("1,5 million"); only four bare digits are a year.
/// </summary>
public sealed class NumberReadingTests
{
    private static Lexicon Pack(string language) => Lexicon.Load(TestResources.DataDirectory, language);

    private static string[] Numbers(string text, string language)
    {
        var lex = Pack(language);
        return Tokenizer.Tokenize(text, lex.Elisions, lex.NumberFormat).Where(t => t.Shape == TokenShape.Number).Select(t => t.Folded).ToArray();
    }

    [Theory]
    [InlineData("en", "Some 2,000 people and 12,500 more, 1.5 million in all, since 2019.", "2000|12500|1.5|2019")]
    [InlineData("fr", "Quelque 2 000 personnes, puis 12\u00A0500 et 3\u202F000, 4.000 encore, 1,5 million en tout, depuis 2019.", "2000|12500|3000|4000|1.5|2019")]
    [InlineData("fr", "En 2019 200 soldats, le 12 mars.", "2019|200|12")]
    public void A_number_is_read_as_its_language_writes_it(string language, string text, string expected) =>
        string.Join("|", Numbers(text, language)).ShouldBe(expected);

    [Fact]
    public void Only_four_bare_digits_look_like_a_year()
    {
        var lex = Pack("en");
        var tokens = Tokenizer.Tokenize("2,000 or 2000", lex.Elisions, lex.NumberFormat);
        tokens[0].IsBareNumber.ShouldBeFalse();
        tokens[2].IsBareNumber.ShouldBeTrue();
    }

    [Theory]
    [InlineData("At least 1,200 people were killed when militants attacked the town of Beni on Friday.", 1200)]
    [InlineData("Au moins 1 200 personnes ont été tuées vendredi lors d'une attaque de terroristes contre la ville de Djibo.", 1200)]
    [InlineData("Au moins 2.000 civils ont été tués vendredi lors d'une attaque de terroristes contre la ville de Djibo.", 2000)]
    public void A_toll_written_with_a_thousands_mark_counts(string text, int toll) =>
        Main(text, "2024-03-04").Fatalities.ShouldBe(toll);

    [Theory]
    [InlineData("About 2,000 protesters marched in Bamako on Saturday against the junta.")]
    [InlineData("Environ 2 000 manifestants ont marché samedi à Bamako contre la junte.")]
    public void A_crowd_written_with_a_thousands_mark_is_a_crowd_size(string text) =>
        Main(text, "2024-03-04").Tags.Single().ShouldContain("2");

    [Fact]
    public void A_year_with_a_thousands_mark_is_no_date() =>
        Annotate("Gunmen attacked the market in Kano in 2019, killing 2,000 cattle.", "2024-03-04").Dates.ShouldNotContain(d => d.Date.Year == 2000);
}
