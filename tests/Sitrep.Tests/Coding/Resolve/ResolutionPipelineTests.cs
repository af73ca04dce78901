using Shouldly;
using Sitrep.Coding;
using Sitrep.Coding.Resolve;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Coding.Resolve;

public class ResolutionPipelineTests
{
    private sealed record Stage(string Name, DraftField Reads, DraftField Writes) : IResolutionStage
    {
        public DraftEvent Apply(DraftEvent draft, ResolutionContext context) => draft;
    }

    [Fact]
    public void A_stage_that_reads_a_field_no_stage_before_it_writes_is_refused_when_the_pipeline_is_built()
    {
        var e = Should.Throw<InvalidOperationException>(() => new ResolutionPipeline(
        [
            new Stage("actors-first", DraftField.Type, DraftField.Actors),
            new Stage("type", DraftField.None, ResolutionPipeline.Complete),
        ]));
        e.Message.ShouldContain("actors-first");
        e.Message.ShouldContain("Type");
    }

    [Fact]
    public void A_pipeline_that_leaves_a_field_unwritten_is_refused()
    {
        var e = Should.Throw<InvalidOperationException>(() => new ResolutionPipeline(
            [new Stage("type", DraftField.None, DraftField.Type | DraftField.Place | DraftField.Actors | DraftField.Date)]));
        e.Message.ShouldContain("Fatalities");
    }

    [Fact]
    public void The_shipped_pipelines_are_in_order()
    {
        ResolutionPipeline.Default.Stages.Select(s => s.Name).ShouldBe(["event-type", "place", "date", "actors", "cross-field-rules", "fatalities", "crowd-size"]);
    }

    [Fact]
    public void Without_trace_an_event_lists_no_rules_and_with_it_every_field_is_set_by_a_named_rule()
    {
        const string text = "Soldiers arrested and beat three traders in Kano on Friday.";
        CodingTestKit.Main(text).Rules.ShouldBeNull();
        var coder = new Coder(TestResources.Resources) { Trace = true };
        var e = coder.Code(new Document("t", text, new DateOnly(2020, 5, 8)))[0];
        e.SubEventType.ShouldBe("Attack");
        e.Rules.ShouldNotBeNull();
        e.Rules.Select(r => r.Field).Distinct().ShouldBe(["sub_event_type", "location", "event_date", "actor1", "actor2"]);
        // ACLED codes the gravest act: the beating outranks the arrest told with it, and the rule says which words.
        var harm = e.Rules.Single(r => r.Rule == "harm-outranks-arrest");
        harm.Value.ShouldBe("Attack");
        harm.Text.ShouldBe("beat");
        text[harm.Start!.Value..harm.End!.Value].ShouldBe("beat");
        var order = e.Rules.Select(r => r.Rule).ToList();
        order.IndexOf("harm-outranks-arrest").ShouldBeGreaterThan(order.IndexOf("strongest-trigger"));
    }

    [Fact]
    public void A_revision_by_the_cross_field_rules_is_traced_with_the_actor_it_turned_on()
    {
        var coder = new Coder(TestResources.Resources) { Trace = true };
        var e = coder.Code(new Document("t", "Al Shabaab militants attacked an army base in Baidoa on Friday, killing four soldiers.", new DateOnly(2020, 5, 8)))[0];
        e.SubEventType.ShouldBe("Armed clash");
        var rule = e.Rules!.Single(r => r.Rule == "armed-target-is-battle");
        rule.Text.ShouldBe("army");
        e.Rules!.Last(r => r.Field == "sub_event_type").ShouldBe(rule);
    }
}
