using Shouldly;
using Sitrep.Coding;
using Sitrep.Coding.Resolve;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Coding;

public class StageProfileTests
{
    private static readonly Document Report = new("p-1", "Gunmen killed four villagers in Koro, Mali, on Friday. Soldiers later arrested two suspects.", new DateOnly(2024, 2, 10));

    [Fact]
    public void A_profiled_document_is_timed_in_every_stage_in_the_order_they_ran_and_codes_the_same_events()
    {
        var coder = TestResources.Coder;
        var profile = new StageProfile();
        var profiled = coder.Code(Report, profile);
        profiled.Select(e => System.Text.Json.JsonSerializer.Serialize(e)).ShouldBe(coder.Code(Report).Select(e => System.Text.Json.JsonSerializer.Serialize(e)));
        profiled.ShouldNotBeEmpty();

        var names = profile.Stages.Select(s => s.Stage).ToList();
        names[0].ShouldBe(Coder.LanguageStage);
        names.Skip(1).Take(coder.Pipeline.Stages.Count).ShouldBe(coder.Pipeline.Stages.Select(s => s.Name));
        names.ShouldContain(ResolutionPipeline.ContextStage);
        names.ShouldContain("resolve:" + coder.Resolution.Stages[0].Name);
        names.ShouldContain(ResolutionPipeline.AssembleStage);
        profile.Stages.Single(s => s.Stage == coder.Pipeline.Stages[0].Name).Calls.ShouldBe(1);
        profile.Stages.ShouldAllBe(s => s.Time >= TimeSpan.Zero);
    }

    [Fact]
    public void Each_stage_adds_up_over_the_documents_coded_with_one_profile()
    {
        var profile = new StageProfile();
        for (int i = 0; i < 3; i++) TestResources.Coder.Code(Report with { Id = "p-" + i }, profile);
        profile.Stages.Where(s => !s.Stage.StartsWith("resolve:", StringComparison.Ordinal)).ShouldAllBe(s => s.Calls == 3);
        // One event a document, each through every resolution stage once.
        var events = TestResources.Coder.Code(Report).Count;
        profile.Stages.Single(s => s.Stage == ResolutionPipeline.AssembleStage).Calls.ShouldBe(3 * events);
    }
}
