using Shouldly;
using Sitrep.Resources;
using Sitrep.Text;
using Xunit;

namespace Sitrep.Tests.Gazetteer;

/// <summary>data/gazetteer/skeleton-articles.tsv: the articles a name's consonant skeleton leaves out.</summary>
public class NameSkeletonTests
{
    [Theory]
    [InlineData("Al Qamishli", "Qamishli")]
    [InlineData("El Kamishli", "Qamishli")]
    [InlineData("Ash Shaykh Maskin", "Shaykh Maskin")]
    [InlineData("Deir ez Zour", "Deir Zour")]
    [InlineData("An Nasiriyah", "Nasiriyah")]
    public void An_article_is_left_out_of_the_skeleton(string with, string without) =>
        NameSkeleton.Of(TextFold.Fold(with)).ShouldBe(NameSkeleton.Of(TextFold.Fold(without)));

    [Fact]
    public void A_word_that_is_no_article_stays()
    {
        // "Alba" begins with "al" but is no article; nor is "om" of "Om Dafok".
        NameSkeleton.Of("alba").ShouldBe("alb");
        NameSkeleton.Of("om dafok").ShouldNotBe(NameSkeleton.Of("dafok"));
    }

    [Theory]
    [InlineData("al\nel zour\n", "skeleton-articles.tsv:2")]
    [InlineData("# articles\nAl\n", "skeleton-articles.tsv:2")]
    [InlineData("al\tel\n", "skeleton-articles.tsv:1")]
    public void A_row_that_is_not_one_folded_word_is_an_error_naming_its_line(string rows, string where)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-skeleton-").FullName;
        try
        {
            var file = Path.Combine(dir, "skeleton-articles.tsv");
            File.WriteAllText(file, rows);
            Should.Throw<ResourceFormatException>(() => NameSkeleton.ReadArticles(file)).Message.ShouldContain(where);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void The_shipped_table_holds_the_arabic_article_and_its_assimilated_forms() =>
        NameSkeleton.ReadArticles(Path.Combine(TestResources.DataDirectory, NameSkeleton.ArticlesFile)).ShouldContain("ash");
}
