using System.Collections.Immutable;
using Shouldly;
using Sitrep.Events;
using Sitrep.Coding;
using Sitrep.Coding.Resolve;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Coding.Resolve;

/// <summary>Resolution stages built and run alone, over annotations written by hand.</summary>
public class StageTests
{
    private static readonly EventFrame Frame = new(0, [0, 1]);

    private static ResolutionContext Context(AnnotatedDocument doc, int eventsBefore = 0) =>
        new(doc, TestResources.Resources, Frame, [], new Dictionary<string, double>(), eventsBefore);

    private static AnnotatedDocument Doc(string text, DateOnly? published = null) => new AnnotatedDocument(new Document("t", text, published))
    {
        Sentences = [new Sentence(0, new TextSpan(0, 10), 0, 0), new Sentence(1, new TextSpan(10, 20), 0, 0), new Sentence(2, new TextSpan(20, 30), 0, 0)],
        Frames = [Frame],
    };

    [Fact]
    public void The_date_stage_takes_the_day_told_over_the_day_of_the_report()
    {
        var doc = Doc(new string('x', 30)) with
        {
            Dates = [new DateMention(new TextSpan(2, 5), 0, 0, new DateOnly(2021, 3, 4), TimePrecision.Day, IsReportDate: true, IsExplicit: true),
                     new DateMention(new TextSpan(12, 15), 1, 0, new DateOnly(2021, 3, 2), TimePrecision.Day, IsReportDate: false, IsExplicit: true)],
        };
        var draft = new EventDateStage().Apply(new DraftEvent(Frame), Context(doc));
        draft.Date.ShouldBe(new DateOnly(2021, 3, 2));
        draft.DateEvidence.ShouldBe(new TextSpan(12, 15));
        draft.Rules.Single().Rule.ShouldBe("date-told-in-event");
    }

    [Fact]
    public void The_date_stage_falls_back_to_the_publication_day_at_precision_2()
    {
        var draft = new EventDateStage().Apply(new DraftEvent(Frame), Context(Doc(new string('x', 30), new DateOnly(2021, 3, 5))));
        (draft.Date, draft.TimePrecision, draft.DateEvidence).ShouldBe((new DateOnly(2021, 3, 5), TimePrecision.Week, (TextSpan?)null));
        draft.Rules.Single().Rule.ShouldBe("publication-date");
    }

    [Fact]
    public void The_fatality_stage_adds_groups_within_a_sentence_and_takes_the_largest_sentence()
    {
        var doc = Doc(new string('x', 30)) with
        {
            // "12 militants and 3 soldiers were killed." then "Fourteen people died."
            Fatalities = [new FatalityMention(new TextSpan(0, 2), 0, 12, 12, false), new FatalityMention(new TextSpan(4, 6), 0, 3, 3, false),
                          new FatalityMention(new TextSpan(10, 14), 1, 14, 14, false)],
        };
        var draft = new FatalityCountStage().Apply(new DraftEvent(Frame) { SubEventType = SubEventType.Parse("Armed clash") }, Context(doc));
        (draft.Fatalities, draft.FatalitiesHigh).ShouldBe((15, 15));
        draft.Rules.Single().Rule.ShouldBe("largest-sentence-sum");
    }

    [Fact]
    public void The_fatality_stage_lets_a_stated_total_win_and_splits_the_dead_shared_among_events()
    {
        var doc = Doc(new string('x', 30)) with
        {
            Fatalities = [new FatalityMention(new TextSpan(0, 2), 0, 12, 12, false), new FatalityMention(new TextSpan(10, 14), 1, 9, 11, IsTotal: true),
                          new FatalityMention(new TextSpan(15, 18), 1, 0, 0, false) { SplitInto = 2 }],
        };
        var draft = new FatalityCountStage().Apply(new DraftEvent(Frame) { SubEventType = SubEventType.Parse("Attack") }, Context(doc));
        (draft.Fatalities, draft.FatalitiesHigh).ShouldBe((5, 6));
        draft.Rules.Select(r => r.Rule).ShouldBe(["total-stated", "split-among-events"]);
    }

    [Fact]
    public void The_fatality_stage_gives_a_peaceful_protest_no_dead_of_its_own()
    {
        var doc = Doc(new string('x', 30)) with { Fatalities = [new FatalityMention(new TextSpan(0, 2), 0, 1, 1, false)] };
        var draft = new FatalityCountStage().Apply(new DraftEvent(Frame) { SubEventType = SubEventType.Parse("Peaceful protest") }, Context(doc));
        draft.Fatalities.ShouldBe(0);
        draft.Rules.Single().Rule.ShouldBe("peaceful-protest-has-no-dead");
    }

    private static ResolvedActors Actors(Inter inter1, Inter inter2, string actor1 = "A", string assoc1 = "") =>
        new(actor1, inter1, assoc1, inter2 == Inter.None ? "" : "B", inter2, "", new TextSpan(0, 1), inter2 == Inter.None ? null : new TextSpan(2, 3));

    [Theory]
    // An attack on an armed actor is a battle; an abduction of one too.
    [InlineData("Attack", Inter.PoliticalMilitia, Inter.State, "", "Armed clash", "armed-target-is-battle")]
    [InlineData("Abduction/forced disappearance", Inter.Rebel, Inter.State, "", "Armed clash", "armed-target-is-battle")]
    // Civilians who attack are no armed side: the rule does not make it a battle.
    [InlineData("Attack", Inter.Civilians, Inter.State, "", "Attack", null)]
    // Rioters who fight make a riot.
    [InlineData("Armed clash", Inter.Rioters, Inter.State, "", "Mob violence", "crowd-violence-is-riot")]
    // Territory taken by the state is regained, by anyone else overtaken.
    [InlineData("Non-state actor overtakes territory", Inter.State, Inter.Rebel, "", "Government regains territory", "territory-taken-by-state")]
    [InlineData("Government regains territory", Inter.Rebel, Inter.State, "", "Non-state actor overtakes territory", "territory-taken-by-non-state")]
    [InlineData("Government regains territory", Inter.PoliticalMilitia, Inter.Rebel, "Military Forces of Iraq", "Government regains territory", null)]
    // Only the state arrests: an armed group abducts.
    [InlineData("Arrests", Inter.Rebel, Inter.Civilians, "", "Abduction/forced disappearance", "non-state-arrest-is-abduction")]
    [InlineData("Arrests", Inter.State, Inter.Civilians, "", "Arrests", null)]
    public void The_cross_field_rules_turn_on_the_actors_inter_codes(string type, Inter inter1, Inter inter2, string assoc1, string expected, string? rule)
    {
        var (subType, fired, _) = CrossFieldRulesStage.ApplyActorRules(SubEventType.Parse(type), Actors(inter1, inter2, assoc1: assoc1), [], TestResources.Resources.Lexicon.Codebook);
        subType.Name.ShouldBe(expected);
        fired.ShouldBe(rule);
    }
}
