using System.Collections.Immutable;
using Shouldly;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Events;
using Sitrep.Resources;
using Xunit;
using static Sitrep.Tests.Coding.CodingTestKit;

namespace Sitrep.Tests.Coding;

/// <summary>ACLED's names by the event's date: a state's forces by the regime they served, actors renamed from a day on.</summary>
public sealed class DatedActorNamesTests
{
    private static DatedActorNames Names => DatedActorNames.For(TestResources.Resources);

    private static (string Name, Inter Inter, ImmutableArray<ActorRenaming> Fired) On(string day, string name, Inter inter, string? country)
    {
        var fired = ImmutableArray.CreateBuilder<ActorRenaming>();
        var (n, i) = Names.On(DateOnly.Parse(day), "actor1", name, inter, country, fired);
        return (n, i, fired.ToImmutable());
    }

    /// <summary>The name, inter code and renamings <see cref="DatedActorNames.On"/> gave are those expected.</summary>
    private static void Named((string Name, Inter Inter, ImmutableArray<ActorRenaming> Fired) actual, string name, Inter inter, params ActorRenaming[] fired)
    {
        (actual.Name, actual.Inter).ShouldBe((name, inter));
        actual.Fired.ToArray().ShouldBe(fired);
    }

    [Theory]
    [InlineData("2015-03-10", "Military Forces of Nigeria (2010-2015)")]
    [InlineData("2015-06-02", "Military Forces of Nigeria (2015-2023)")]
    [InlineData("2024-01-16", "Military Forces of Nigeria (2023-)")]
    public void A_states_forces_carry_the_years_of_the_regime_of_the_events_day(string published, string expected) =>
        Main("Soldiers killed five gunmen near Maiduguri on Tuesday.", published).Actor1.ShouldBe(expected);

    [Fact]
    public void Every_kind_of_a_states_forces_takes_the_years_and_the_country_keeps_its_article()
    {
        On("2023-02-01", "Police Forces of Nigeria", Inter.State, "NG").Name.ShouldBe("Police Forces of Nigeria (2015-2023)");
        On("2023-02-01", "Government of Nigeria", Inter.State, "NG").Name.ShouldBe("Government of Nigeria (2015-2023)");
        On("2023-02-01", "Police Forces of the Philippines", Inter.State, "PH").Name.ShouldBe("Police Forces of the Philippines (2022-)");
        // Another state's forces in the event are named by their own state's regime.
        Named(On("2020-02-01", "Military Forces of France", Inter.External, "ML"), "Military Forces of France (2017-)", Inter.External, new ActorRenaming("actor1", DatedActorNames.RegimeRule, "Military Forces of France", "Military Forces of France (2017-)"));
    }

    [Fact]
    public void Yemens_recognised_government_is_two_regimes_and_the_houthis_keep_their_own_years()
    {
        // A pack writes the Hadi government's forces with its first year; the event's day picks the regime.
        On("2020-02-01", "Military Forces of Yemen (2012-)", Inter.State, "YE").Name.ShouldBe("Military Forces of Yemen (2012-2022)");
        On("2023-02-01", "Military Forces of Yemen (2012-)", Inter.State, "YE").Name.ShouldBe("Military Forces of Yemen (2022-)");
        On("2023-02-01", "Military Forces of Yemen (2016-) Supreme Political Council", Inter.Rebel, "YE").Fired.ShouldBeEmpty();
        // Iraq: a regime per prime minister.
        On("2019-02-01", "Military Forces of Iraq", Inter.State, "IQ").Name.ShouldBe("Military Forces of Iraq (2018-2020)");
        On("2023-02-01", "Police Forces of Iraq", Inter.State, "IQ").Name.ShouldBe("Police Forces of Iraq (2022-)");
    }

    [Fact]
    public void A_name_already_dated_a_state_with_no_known_regime_and_an_undated_event_keep_their_names()
    {
        On("2020-02-01", "Military Forces of Yemen (2016-) Supreme Political Council", Inter.Rebel, "YE").Fired.ShouldBeEmpty();
        On("2020-02-01", "Police Forces of Tanzania", Inter.State, "TZ").Fired.ShouldBeEmpty();
        // Before the first regime the table knows, and after one that ended with none known after it.
        On("2009-02-01", "Military Forces of Nigeria", Inter.State, "NG").Fired.ShouldBeEmpty();
        Main("Soldiers killed five gunmen near Maiduguri.", published: null).Actor1.ShouldBe("Military Forces of Nigeria");
    }

    [Fact]
    public void A_unit_written_with_a_regimes_years_takes_those_of_the_regime_of_the_day()
    {
        On("2023-02-01", "Police Forces of Mexico (2018-) State Police", Inter.State, "MX").Name.ShouldBe("Police Forces of Mexico (2018-2024) State Police");
        On("2024-11-01", "Police Forces of Mexico (2018-) State Police", Inter.State, "MX").Name.ShouldBe("Police Forces of Mexico (2024-) State Police");
        On("2020-02-01", "Military Forces of Afghanistan (2014-) Special Forces", Inter.State, "AF").Name.ShouldBe("Military Forces of Afghanistan (2014-2021) Special Forces");
        // Years that are no regime of the table are a faction's own name.
        On("2020-02-01", "Military Forces of Libya (2014-) Haftar Faction", Inter.State, "LY").Fired.ShouldBeEmpty();
        On("2020-02-01", "Military Forces of Mexico (2016-) Special Unit", Inter.State, "MX").Fired.ShouldBeEmpty();
        // Before any regime the table knows, the unit keeps the years it is written with.
        On("2000-02-01", "Police Forces of Mexico (2018-) State Police", Inter.State, "MX").Fired.ShouldBeEmpty();
    }

    [Fact]
    public void A_renamed_group_is_named_as_on_the_day_whichever_name_the_pack_writes()
    {
        On("2022-03-20", "Islamic State (Greater Sahara)", Inter.Rebel, "ML").Name.ShouldBe("Islamic State (Greater Sahara)");
        Named(On("2022-03-21", "Islamic State (Greater Sahara)", Inter.Rebel, "ML"), "Islamic State (Sahel)", Inter.Rebel, new ActorRenaming("actor1", DatedActorNames.RenamedRule, "Islamic State (Greater Sahara)", "Islamic State (Sahel)"));
        // The French pack writes the new name: before the day it is the old one.
        On("2020-06-01", "Islamic State (Sahel)", Inter.Rebel, "NE").Name.ShouldBe("Islamic State (Greater Sahara)");
    }

    [Fact]
    public void A_group_that_took_power_is_its_states_forces_from_the_day_and_external_forces_abroad()
    {
        Named(On("2021-08-14", "Taliban", Inter.Rebel, "AF"), "Taliban", Inter.Rebel);
        On("2021-08-15", "Taliban", Inter.Rebel, "AF").Inter.ShouldBe(Inter.State);
        Named(On("2023-06-03", "Taliban", Inter.Rebel, "PK"), "Military Forces of Afghanistan (2021-)", Inter.External, new ActorRenaming("actor1", DatedActorNames.RenamedRule, "Taliban", "Military Forces of Afghanistan (2021-)"));
        // The forces the state had before it are named by the years of the regime that fell.
        On("2021-08-14", "Military Forces of Afghanistan", Inter.State, "AF").Name.ShouldBe("Military Forces of Afghanistan (2014-2021)");
        On("2021-09-01", "Military Forces of Afghanistan", Inter.State, "AF").Name.ShouldBe("Military Forces of Afghanistan (2021-)");
    }

    [Fact]
    public void The_trace_gives_the_actor_chosen_then_the_rule_that_dated_it_on_the_date()
    {
        var e = new Coder(TestResources.Resources) { Trace = true }.Code(new Document("t", "On 10 June 2021, Malian troops killed ten militants near Mopti.", new DateOnly(2021, 6, 12)))[0];
        var rules = e.Rules!.Select(r => r.ToString()).ToList();
        rules.ShouldContain("actor1: strongest-doer -> Military Forces of Mali, 'Malian troops' 17-30");
        rules.ShouldContain("actor1: state-forces-of-regime -> Military Forces of Mali (2021-), '10 June 2021' 3-15");
        rules.FindIndex(r => r.StartsWith("event_date", StringComparison.Ordinal)).ShouldBeLessThan(rules.FindIndex(r => r.StartsWith("actor1", StringComparison.Ordinal)));
    }
}
