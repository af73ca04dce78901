using System.Text.RegularExpressions;
using Shouldly;
using Sitrep.Events;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Resources;
using Xunit;

namespace Sitrep.Tests.Resources;

/// <summary>data/acled/: ACLED's conventions as tables, each rule kind with examples that double as tests.</summary>
public partial class AcledCodebookTests
{
    private static AcledCodebook Codebook => TestResources.Resources.Lexicon.Codebook;

    [Fact]
    public void Every_actor_kind_has_a_name_and_its_prefix_is_the_words_before_the_country()
    {
        foreach (var kind in Enum.GetValues<ActorKind>()) Codebook[kind].Template.ShouldContain("{country}");
        Codebook[ActorKind.Military].Prefix.ShouldBe("Military Forces of");
        Codebook[ActorKind.Civilians].Prefix.ShouldBe("Civilians");
        Codebook[ActorKind.Rioters].Inter.ShouldBe(Inter.Rioters);
    }

    [Fact]
    public void Harm_outranks_arrests_and_looting_and_strategic_context_yields_to_violence()
    {
        Codebook.HarmPrecedence.Select(s => s.Name).ShouldBe(["Sexual violence", "Attack", "Abduction/forced disappearance"]);
        Codebook.IsOutrankedByHarm(SubEventType.Arrests).ShouldBeTrue();
        Codebook.IsOutrankedByHarm(SubEventType.Attack).ShouldBeFalse();
        Codebook.IsContextOnly(SubEventType.Agreement).ShouldBeTrue();
        Codebook.IsContextOnly(SubEventType.DisruptedWeaponsUse).ShouldBeFalse();
    }

    public static TheoryData<string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestResources.DataDirectory, "acled"), "*.tsv").Order())
            foreach (var line in File.ReadLines(file))
                if (ExampleLine().Match(line) is { Success: true } m) data.Add(Path.GetFileName(file), m.Groups["text"].Value, m.Groups["rule"].Value);
        return data;
    }

    [Fact]
    public void The_rule_tables_carry_examples() =>
        Examples().Select(e => e.Data.Item1).Distinct().ShouldBe(["actor-names.tsv", "other-side.tsv", "renamed-actors.tsv", "state-force-units.tsv", "state-forces.tsv", "tags.tsv", "type-by-actor.tsv", "type-precedence.tsv"]);

    [Fact]
    public void The_type_by_actor_rules_are_read_in_order_with_their_conditions()
    {
        Codebook.TypeByActor.Select(r => r.Name).ShouldBe(["armed-target-is-battle", "territory-taken-by-state", "territory-taken-by-non-state", "non-state-arrest-is-abduction"]);
        var battle = Codebook.TypeByActor[0];
        battle.From.Select(s => s.Name).ShouldBe(["Attack", "Abduction/forced disappearance"], ignoreOrder: true);
        battle.Actor1.ShouldBe(new ActorCondition(ActorClass.Civilians, Negated: true));
        battle.Actor2.ShouldBe(new ActorCondition(ActorClass.Armed, Negated: false));
        battle.To.ShouldBe(SubEventType.ArmedClash);
    }

    [Fact]
    public void The_other_side_of_a_battle_is_read_by_the_inter_code_of_the_side_named()
    {
        Codebook.OtherSideOf(Inter.Rebel).ShouldBe(new OtherSide("rebels-fight-the-state", Inter.Rebel, ActorKind.Military));
        Codebook.OtherSideOf(Inter.PoliticalMilitia).ShouldBe(new OtherSide("unnamed-other-side", Inter.PoliticalMilitia, null));
        // State forces alone get no other side: who they fought is not known, and ACLED's other sides for them vary.
        Codebook.OtherSideOf(Inter.State).ShouldBeNull();
    }

    [Theory]
    [InlineData("rebels-fight-the-state\t9\tmilitary", "inter '9' is not a code from 1 to 8")]
    [InlineData("rebels-fight-the-state\t2\tarmy", "'army' is neither 'unnamed-actor' nor an actor kind")]
    [InlineData("unnamed-other-side\t3\tunnamed-actor\nunnamed-other-side\t3\tmilitary", "inter 3 has a row already")]
    public void A_bad_row_of_other_side_is_an_error_naming_its_line(string rows, string message)
    {
        var e = Should.Throw<ResourceFormatException>(() => LoadWith("other-side.tsv", rows));
        e.Message.ShouldContain("other-side.tsv");
        e.Message.ShouldContain(rows.Contains('\n') ? ":3" : ":2");
        e.Message.ShouldContain(message);
    }

    /// <summary>Loads the codebook from a copy of data/acled/ whose <paramref name="file"/> holds a header and <paramref name="rows"/>.</summary>
    private static AcledCodebook LoadWith(string file, string rows)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-acled-").FullName;
        try
        {
            var acled = Path.Combine(dir, "acled");
            Directory.CreateDirectory(acled);
            foreach (var f in Directory.EnumerateFiles(Path.Combine(TestResources.DataDirectory, "acled")))
                File.Copy(f, Path.Combine(acled, Path.GetFileName(f)));
            File.WriteAllText(Path.Combine(acled, file), "# header\n" + rows + "\n");
            return AcledCodebook.Load(dir);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Theory]
    [InlineData("*", null, false)]
    [InlineData("armed", ActorClass.Armed, false)]
    [InlineData("!civilians", ActorClass.Civilians, true)]
    [InlineData("non-state-armed", ActorClass.NonStateArmed, false)]
    public void An_actor_condition_is_anything_a_class_or_anything_but_one(string cell, ActorClass? c, bool negated) =>
        ActorCondition.Parse(cell).ShouldBe(new ActorCondition(c, negated));

    [Fact]
    public void A_condition_fits_by_its_class_and_negation()
    {
        ActorCondition.Anything.Fits(_ => false).ShouldBeTrue();
        new ActorCondition(ActorClass.Armed, false).Fits(c => c == ActorClass.Armed).ShouldBeTrue();
        new ActorCondition(ActorClass.Civilians, true).Fits(c => c == ActorClass.Civilians).ShouldBeFalse();
    }

    [Theory]
    [InlineData("armed-target-is-battle\tAttack\t!civilians\tarmy\tArmed clash", "'army' is no actor condition")]
    [InlineData("armed-target-is-battle\tAttak\t*\tarmed\tArmed clash", "'Attak' is not one of ACLED's sub-event types")]
    public void A_misnamed_type_or_class_in_type_by_actor_is_an_error_naming_its_line(string row, string message)
    {
        var e = Should.Throw<ResourceFormatException>(() => LoadWith("type-by-actor.tsv", row));
        e.Message.ShouldContain("type-by-actor.tsv");
        e.Message.ShouldContain(":2");
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void A_regime_row_names_every_kind_of_the_states_forces_with_its_years()
    {
        var mali = Codebook.Regimes.Where(r => r.Country == "ML" && r.Covers(new DateOnly(2021, 6, 10))).ToList();
        mali.Select(r => r.Kind).ShouldBe([ActorKind.Military, ActorKind.Police, ActorKind.Government], ignoreOrder: true);
        mali[0].Dated("Military Forces of Mali").ShouldBe("Military Forces of Mali (2021-)");
        mali[0].Covers(new DateOnly(2021, 5, 23)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("state-forces.tsv", "ML\tstate\t2021-05-24\t\t{name} (2020-)", "the years (2021-) of its dates")]
    [InlineData("state-forces.tsv", "ML\tstate\t2021-05-24\t2021-01-01\t{name} (2021-2021)", "ends (2021-01-01) before it begins")]
    [InlineData("state-forces.tsv", "ML\tarmy\t2021-05-24\t\t{name} (2021-)", "'army' is neither 'state' nor an actor kind")]
    [InlineData("state-forces.tsv", "ML\tstate\t24/05/2021\t\t{name} (2021-)", "'24/05/2021' is not a day written yyyy-mm-dd")]
    [InlineData("state-forces.tsv", "ML\tstate\t2013-09-04\t2021-05-23\t{name} (2013-2021)\nML\tpolice\t2020-08-18\t\t{name} (2020-)", "overlaps that of line 2 for the police of ML")]
    [InlineData("renamed-actors.tsv", "Taliban\t2021-08-15\tMilitary Forces of Afghanistan (2021-)\t1", "needs the state it serves")]
    [InlineData("renamed-actors.tsv", "Taliban\t2021-08-15\tMilitary Forces of Afghanistan (2021-)\t9\tAF", "inter '9' is not a code from 1 to 8")]
    public void A_bad_row_of_the_dated_names_is_an_error_naming_its_line(string file, string rows, string message)
    {
        var e = Should.Throw<ResourceFormatException>(() => LoadWith(file, rows));
        e.Message.ShouldContain(file);
        e.Message.ShouldContain(rows.Contains('\n') ? ":3" : ":2");
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void A_unit_is_named_in_the_states_its_rows_list_and_folded_into_a_force_elsewhere()
    {
        Codebook.Units["Special Forces"].In("AF").ShouldBe((ActorKind.Military, true));
        Codebook.Units["Special Forces"].In("YE").ShouldBe((ActorKind.Military, false));
        Codebook.Units["Special Forces"].In(null).ShouldBe((ActorKind.Military, false));
        Codebook.Units["National Guard"].In("MX").ShouldBe((ActorKind.Police, true));
        Codebook.Units["National Guard"].In("US").ShouldBe((ActorKind.Military, false));
    }

    [Theory]
    [InlineData("Special Forces\tarmy\tAF", "'army' is no kind of state forces")]
    [InlineData("Special Forces\tprotesters\tAF", "'protesters' is no kind of state forces")]
    [InlineData("Special Forces\tmilitary\t", "needs the states where ACLED names it")]
    [InlineData("Special Forces\tmilitary\tAF\nSpecial Forces\tpolice\tIQ,AF", "has a row for these states already (line 2)")]
    public void A_bad_row_of_the_units_is_an_error_naming_its_line(string rows, string message)
    {
        var e = Should.Throw<ResourceFormatException>(() => LoadWith("state-force-units.tsv", rows));
        e.Message.ShouldContain("state-force-units.tsv");
        e.Message.ShouldContain(rows.Contains('\n') ? ":3" : ":2");
        e.Message.ShouldContain(message);
    }

    private static readonly Dictionary<string, ActorKind> KindsByName =
        Enum.GetValues<ActorKind>().ToDictionary(k => WordClasses.Kebab(k.ToString()), k => k, StringComparer.Ordinal);

    [Fact]
    public void A_clan_within_its_ethnic_group_takes_the_clan_from_the_text_and_the_group_from_the_pack()
    {
        var militia = IdentityMilitia.Parse("{group} Dinka {clan-of-ethnic-militia}", Codebook, KindsByName, "actors.tsv", 7).ShouldNotBeNull();
        (militia.Kind, militia.GroupFromText, militia.Parent).ShouldBe((ActorKind.ClanOfEthnicMilitia, true, "Dinka"));
        Codebook[ActorKind.ClanOfEthnicMilitia].WithGroup("Agar", militia.Parent).ShouldBe("Agar Clan Dinka Ethnic Militia ({country})");
        // The other kinds have no parent slot: their names are as before.
        Codebook[ActorKind.ClanMilitia].WithGroup("Agar", "Dinka").ShouldBe("Agar Clan Militia ({country})");
        IdentityMilitia.Parse("{group} {clan-militia}", Codebook, KindsByName, "actors.tsv", 7)!.Parent.ShouldBeNull();
    }

    [Theory]
    [InlineData("{clan-of-ethnic-militia}")]
    [InlineData("{group} {clan-of-ethnic-militia}")]
    [InlineData("Dinka {clan-of-ethnic-militia}")]
    public void A_clan_within_its_group_written_without_the_group_is_an_error_naming_its_line(string cell) =>
        Should.Throw<ResourceFormatException>(() => IdentityMilitia.Parse(cell, Codebook, KindsByName, "actors.tsv", 7))
            .Message.ShouldContain("actors.tsv:7");

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_of_a_table_is_coded_by_the_rule_it_names(string file, string text, string rule)
    {
        var coder = new Coder(TestResources.Resources) { Trace = true };
        var events = coder.Code(new Document("example", text, new DateOnly(2020, 5, 8)));
        events.ShouldNotBeEmpty($"{file}: \"{text}\" codes no event");
        var fired = events[0].Rules!.Select(r => r.ToString()).ToList();
        fired.ShouldContain(r => r.StartsWith(rule, StringComparison.Ordinal), $"{file}: \"{text}\" fired {string.Join("; ", fired)}");
    }

    [GeneratedRegex("""^# Example: "(?<text>[^"]+)" -> (?<rule>.+)$""")]
    private static partial Regex ExampleLine();
}
