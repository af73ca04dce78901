using System.Text.RegularExpressions;
using Shouldly;
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
        Codebook[ActorKind.Rioters].Inter.ShouldBe(5);
    }

    [Fact]
    public void Harm_outranks_arrests_and_looting_and_strategic_context_yields_to_violence()
    {
        Codebook.HarmPrecedence.ShouldBe(["Sexual violence", "Attack", "Abduction/forced disappearance"]);
        Codebook.IsOutrankedByHarm("Arrests").ShouldBeTrue();
        Codebook.IsOutrankedByHarm("Attack").ShouldBeFalse();
        Codebook.IsContextOnly("Agreement").ShouldBeTrue();
        Codebook.IsContextOnly("Disrupted weapons use").ShouldBeFalse();
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
        Examples().Select(e => e.Data.Item1).Distinct().ShouldBe(["actor-names.tsv", "tags.tsv", "type-precedence.tsv"]);

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
