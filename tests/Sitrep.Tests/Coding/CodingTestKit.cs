using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Tests.Coding;

/// <summary>Codes a text written for a test, published on a given day.</summary>
internal static class CodingTestKit
{
    public static IReadOnlyList<CodedEvent> Code(string text, string? published = "2020-05-08", string id = "t") =>
        TestResources.Coder.Code(new Document(id, text, published is null ? null : DateOnly.Parse(published)));

    public static CodedEvent Main(string text, string? published = "2020-05-08") => Code(text, published)[0];

    public static AnnotatedDocument Annotate(string text, string? published = "2020-05-08") =>
        TestResources.Coder.Pipeline.Annotate(new Document("t", text, published is null ? null : DateOnly.Parse(published)), TestResources.Resources);
}
