using Shouldly;
using Sitrep.Events;
using Sitrep.Resources;
using Xunit;

namespace Sitrep.Tests.Events;

public class DerivedColumnsTests
{
    [Fact]
    public void Civilian_targeting_is_written_as_the_table_says_for_civilian_targets_only()
    {
        var columns = DerivedColumns.Default;
        columns.CivilianTargetingFor(Inter.Civilians).ShouldBe("Civilian targeting");
        columns.CivilianTargetingFor(Inter.State).ShouldBe("");
        new CodedEvent { EventId = "e", DocId = "d", DisorderType = "", EventType = "", SubEventType = "", Actor1 = "a", Inter2 = Inter.Civilians }
            .WithDerivedFields().CivilianTargeting.ShouldBe(columns.CivilianTargeting);
    }

    [Fact]
    public void A_column_the_record_does_not_derive_is_an_error_naming_its_line()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "acled"));
            File.WriteAllText(Path.Combine(dir.FullName, DerivedColumns.FileName), "# a header\ncivilian_targeting\tCivilian targeting\t7\ninteraction\tboth\t7\n");
            Should.Throw<ResourceFormatException>(() => DerivedColumns.Load(dir.FullName)).Message.ShouldContain(":3");
        }
        finally { dir.Delete(recursive: true); }
    }
}
