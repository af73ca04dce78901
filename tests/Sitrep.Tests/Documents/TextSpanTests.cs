using Shouldly;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Documents;

public class TextSpanTests
{
    [Fact]
    public void End_is_exclusive() => new TextSpan(2, 5).Slice("abcdefg").ShouldBe("cde");

    [Fact]
    public void Rejects_a_span_that_ends_before_it_starts() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new TextSpan(5, 2));

    [Fact]
    public void Domain_values_are_immutable_records()
    {
        // A house rule: the types that cross stage and storage boundaries expose no setters.
        var types = typeof(TextSpan).Assembly.GetTypes()
            .Where(t => t.Namespace is "Sitrep.Documents" or "Sitrep.Events" or "Sitrep.Gazetteer" && t.GetMethod("<Clone>$") is not null);
        types.ShouldNotBeEmpty();
        foreach (var t in types)
            foreach (var p in t.GetProperties())
                (p.SetMethod is null || p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                    .ShouldBeTrue($"{t.Name}.{p.Name} has a public setter");
    }
}
