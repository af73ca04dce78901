using Shouldly;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.Documents;

public class ErrorCatalogTests
{
    [Fact]
    public void Every_error_has_its_own_title_and_slug()
    {
        var codes = Enum.GetValues<ErrorCode>();
        foreach (var code in codes)
        {
            // A title falling back to the enum's name means the catalogue missed a code.
            ErrorCatalog.Title(code).ShouldNotBe(code.ToString());
            ErrorCatalog.Slug(code).ShouldMatch("^[a-z0-9]+(-[a-z0-9]+)*$");
        }
        codes.Select(ErrorCatalog.Title).Distinct().Count().ShouldBe(codes.Length);
        codes.Select(ErrorCatalog.Slug).Distinct().Count().ShouldBe(codes.Length);
    }

    [Theory]
    [InlineData(ErrorCode.InvalidUtf8, "invalid-utf8")]
    [InlineData(ErrorCode.InvalidParameter, "invalid-parameter")]
    [InlineData(ErrorCode.FileNotFound, "file-not-found")]
    public void Slugs_are_the_code_in_kebab_case(ErrorCode code, string slug) => ErrorCatalog.Slug(code).ShouldBe(slug);
}
