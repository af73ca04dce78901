using FsCheck;
using FsCheck.Fluent;
using Shouldly;
using Sitrep.Events;
using Sitrep.Resources;
using Xunit;

namespace Sitrep.Tests.Events;

public class TaxonomyTests
{
    [Fact]
    public void Has_acleds_25_sub_event_types_in_6_event_types()
    {
        SubEventType.All.Count.ShouldBe(25);
        EventType.All.Count.ShouldBe(6);
        SubEventType.All.Select(s => s.EventType).Distinct().Count().ShouldBe(6);
    }

    [Theory]
    [InlineData(Inter.State, Inter.Civilians, 17)]
    [InlineData(Inter.Civilians, Inter.State, 17)]
    [InlineData(Inter.Protesters, Inter.None, 60)]
    [InlineData(Inter.Rebel, Inter.State, 12)]
    [InlineData(Inter.External, Inter.PoliticalMilitia, 38)]
    public void Interaction_joins_the_inter_codes_lower_first(Inter a, Inter b, int expected) =>
        InterCodes.Interaction(a, b).ShouldBe(expected);

    [Fact]
    public void Disorder_type_follows_from_the_sub_event_type()
    {
        SubEventType.PeacefulProtest.DisorderType.ShouldBe("Demonstrations");
        SubEventType.ArmedClash.DisorderType.ShouldBe("Political violence");
        SubEventType.Arrests.DisorderType.ShouldBe("Strategic developments");
        SubEventType.ViolentDemonstration.DisorderType.ShouldBe("Political violence; Demonstrations");
        SubEventType.MobViolence.DisorderType.ShouldBe("Political violence");
    }

    [Fact]
    public void A_strategic_development_that_acts_on_no_one_gives_no_roles()
    {
        SubEventType.Parse("Headquarters or base established").GivesRoles.ShouldBeFalse();
        SubEventType.Parse("Change to group/activity").GivesRoles.ShouldBeFalse();
        SubEventType.Arrests.GivesRoles.ShouldBeTrue();
        SubEventType.Looting.GivesRoles.ShouldBeTrue();
        SubEventType.ArmedClash.GivesRoles.ShouldBeTrue();
        SubEventType.All.Where(s => !s.GivesRoles).ShouldAllBe(s => s.EventType == EventType.StrategicDevelopments);
    }

    [Fact]
    public void A_name_is_parsed_in_any_case_to_the_one_entry_and_written_in_acleds_spelling()
    {
        var clash = SubEventType.TryParse("  armed CLASH ").ShouldNotBeNull();
        clash.ShouldBeSameAs(SubEventType.ArmedClash);
        clash.Name.ShouldBe("Armed clash");
        clash.EventType.ShouldBeSameAs(EventType.Battles);
        EventType.TryParse("explosions/remote violence").ShouldBeSameAs(EventType.Explosions);
        SubEventType.TryParse("Battles").ShouldBeNull();
        SubEventType.TryParse("Ambush").ShouldBeNull();
        Should.Throw<ArgumentException>(() => SubEventType.Parse("Ambush"));
    }

    /// <summary>Every sub-event type, drawn with its name in a random case: name, type and name again agree, and it maps to its event type.</summary>
    [Fact]
    public void Every_sub_event_type_round_trips_from_its_name_and_maps_to_its_event_type()
    {
        var rows = TsvFile.Read(Taxonomy.DefaultFile(), 3).Select(r => (Sub: r.Fields[0], Type: r.Fields[1], Disorder: r.Fields[2])).ToList();
        rows.Count.ShouldBe(25);
        var draw = Gen.Choose(0, rows.Count - 1).SelectMany(i => Gen.Choose(0, int.MaxValue).Select(seed => (Row: rows[i], Seed: seed)));
        Prop.ForAll(draw.ToArbitrary(), x =>
        {
            var rnd = new Random(x.Seed);
            var typed = string.Concat(x.Row.Sub.Select(c => rnd.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
            var sub = SubEventType.TryParse(typed);
            return sub is not null && sub.Name == x.Row.Sub && SubEventType.Parse(sub.Name) == sub
                && sub.EventType.Name == x.Row.Type && EventType.TryParse(x.Row.Type) == sub.EventType && sub.DisorderType == x.Row.Disorder;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void The_taxonomy_file_loads_and_a_bad_row_fails_naming_its_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-taxonomy-");
        try
        {
            var rows = File.ReadAllLines(Taxonomy.DefaultFile()).ToList();
            var good = Path.Combine(dir.FullName, "taxonomy.tsv");
            File.WriteAllLines(good, rows);
            Taxonomy.Load(good).SubEventTypes.Count.ShouldBe(25);

            var twice = Path.Combine(dir.FullName, "twice.tsv");
            File.WriteAllLines(twice, [.. rows, "ARMED CLASH\tBattles\tPolitical violence\troles"]);
            var e = Should.Throw<ResourceFormatException>(() => Taxonomy.Load(twice));
            e.Message.ShouldBe($"{twice}:{rows.Count + 1}: the sub-event type 'ARMED CLASH' is written twice");

            var short_ = Path.Combine(dir.FullName, "short.tsv");
            File.WriteAllLines(short_, ["# a comment", "Armed clash\tBattles"]);
            Should.Throw<ResourceFormatException>(() => Taxonomy.Load(short_)).Line.ShouldBe(2);

            // Whether an act gives roles is written as the column's keyword or '-'.
            var roles = Path.Combine(dir.FullName, "roles.tsv");
            File.WriteAllLines(roles, ["# a comment", "Armed clash\tBattles\tPolitical violence\tyes"]);
            Should.Throw<ResourceFormatException>(() => Taxonomy.Load(roles)).Line.ShouldBe(2);

            // A taxonomy that lacks a type the coder's rules name fails at load, not in the middle of coding.
            var lacking = Path.Combine(dir.FullName, "lacking.tsv");
            File.WriteAllLines(lacking, rows.Where(r => !r.StartsWith("Mob violence\t", StringComparison.Ordinal)));
            Should.Throw<ResourceFormatException>(() => Taxonomy.Load(lacking)).Message.ShouldContain("'Mob violence'");
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void A_table_that_names_a_sub_event_type_not_in_the_taxonomy_fails_at_load_naming_its_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-acled-");
        try
        {
            var acled = Directory.CreateDirectory(Path.Combine(dir.FullName, "acled"));
            foreach (var f in Directory.EnumerateFiles(Path.Combine(TestResources.DataDirectory, "acled")))
                File.Copy(f, Path.Combine(acled.FullName, Path.GetFileName(f)));
            var precedence = Path.Combine(acled.FullName, "type-precedence.tsv");
            var lines = File.ReadAllLines(precedence);
            File.WriteAllLines(precedence, [.. lines, "harm\tAmbush"]);
            var e = Should.Throw<ResourceFormatException>(() => AcledCodebook.Load(dir.FullName));
            e.Message.ShouldBe($"{precedence}:{lines.Length + 1}: 'Ambush' is not one of ACLED's sub-event types");
            e.Message.ShouldNotContain("\n");
        }
        finally { dir.Delete(true); }
    }
}
