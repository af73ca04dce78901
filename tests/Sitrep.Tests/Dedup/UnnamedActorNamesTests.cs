using Shouldly;
using Sitrep.Dedup;
using Sitrep.Resources;
using Xunit;

namespace Sitrep.Tests.Dedup;

/// <summary>ACLED's names for actors the text leaves unnamed come from data/acled/unnamed-actor-names.tsv, not from C#.</summary>
public class UnnamedActorNamesTests
{
    [Theory]
    [InlineData("Unidentified Armed Group (Mali)", false)]
    [InlineData("Unidentified Gang (Nigeria)", false)]
    [InlineData("Islamist Militia (Mozambique)", false)]
    [InlineData("", false)]
    [InlineData("JNIM: Group for Support of Islam and Muslims", true)]
    [InlineData("Military Forces of Mali (2021-)", true)]
    public void The_shipped_table_tells_named_actors_from_unnamed(string actor, bool named) =>
        UnnamedActorNames.Load(TestResources.DataDirectory).IsNamed(actor).ShouldBe(named);

    [Fact]
    public void A_row_added_to_the_table_makes_an_actor_unnamed()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-unnamed-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "acled"));
            File.WriteAllText(Path.Combine(dir.FullName, UnnamedActorNames.FileName), "# a comment\nUnknown Assailants (\twhy\n");
            var names = UnnamedActorNames.Load(dir.FullName);
            names.IsNamed("Unknown Assailants (Chad)").ShouldBeFalse();
            names.IsNamed("Unidentified Armed Group (Chad)").ShouldBeTrue();
            UnnamedActorNames.Load(Path.Combine(dir.FullName, "none")).IsNamed("Unidentified Armed Group (Chad)").ShouldBeTrue();
        }
        finally { dir.Delete(recursive: true); }
    }
}
