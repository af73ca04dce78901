using Shouldly;
using Sitrep.Coding;
using Sitrep.Documents;
using Sitrep.Resources;
using Xunit;

namespace Sitrep.Tests.Resources;

/// <summary>Per-document language: how it is named, read, detected, and what a document naming an unshipped one gets.</summary>
public sealed class LanguageTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Load(TestResources.DataDirectory);

    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr-BF", "fr")]
    [InlineData("en_GB", "en")]
    [InlineData(" en ", "en")]
    public void A_language_code_is_its_lower_case_primary_subtag(string input, string code)
    {
        LanguageCode.TryParse(input, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("french")]
    [InlineData("f")]
    [InlineData("../en")]
    [InlineData("e1")]
    public void Anything_else_is_no_language_code(string input) => LanguageCode.TryParse(input, out _).ShouldBeFalse();

    [Fact]
    public void A_document_refuses_a_language_that_is_no_code() =>
        Should.Throw<ArgumentException>(() => new Document("d", "text", Language: "../../etc"));

    [Fact]
    public void Jsonl_language_is_read_and_normalised_and_a_bad_one_names_the_line()
    {
        var good = JsonlDocumentParser.Parse("""{"id": "a", "text": "Des hommes armés ont attaqué le village.", "language": "fr-ML"}""", "in.jsonl", 3, ReadOptions.Default);
        good.Document!.Language.ShouldBe("fr");
        var bad = JsonlDocumentParser.Parse("""{"id": "b", "text": "x", "language": "francais!"}""", "in.jsonl", 4, ReadOptions.Default);
        bad.Error!.Code.ShouldBe(ErrorCode.InvalidLanguage);
        bad.Error.ToString().ShouldStartWith("in.jsonl:4: invalid language:");
    }

    [Fact]
    public void The_option_language_fills_documents_that_name_none_and_yields_to_those_that_do()
    {
        var options = new ReadOptions(Language: "fr");
        JsonlDocumentParser.Parse("""{"id": "a", "text": "x"}""", "in.jsonl", 1, options).Document!.Language.ShouldBe("fr");
        JsonlDocumentParser.Parse("""{"id": "b", "text": "x", "language": "en"}""", "in.jsonl", 2, options).Document!.Language.ShouldBe("en");
    }

    [Theory]
    [InlineData("Gunmen on motorbikes attacked a market in the north of the country on Sunday, killing four traders, a local official said.", "en")]
    [InlineData("Des hommes armés ont attaqué dimanche le marché d'un village du nord du pays, tuant quatre commerçants, selon un élu local.", "fr")]
    [InlineData("L'armée a repoussé une attaque contre son poste; les assaillants ont pris la fuite vers la frontière.", "fr")]
    [InlineData("Protesters marched to the governor's office and were dispersed with tear gas.", "en")]
    public void Function_words_tell_english_from_french(string text, string language) => Detector.Detect(text).ShouldBe(language);

    [Fact]
    public void A_text_with_no_function_word_is_left_to_the_default() => Detector.Detect("Kidal, Gao, Tombouctou: 12, 14, 27.").ShouldBeNull();

    [Fact]
    public void A_document_that_names_a_language_is_coded_in_it_whatever_its_text()
    {
        var doc = new Document("d", "Des hommes armés ont attaqué le village.", Language: "en");
        TestResources.Resources.LanguageOf(doc).ShouldBe("en");
    }

    [Fact]
    public void A_document_in_a_language_no_pack_ships_is_one_error_naming_it_and_the_batch_goes_on()
    {
        var inputs = new[]
        {
            ReadResult.Success(new Document("de-1", "Bewaffnete griffen am Sonntag ein Dorf an.", Language: "de")),
            ReadResult.Success(new Document("en-1", "Gunmen killed three villagers in Kidal, Mali on Sunday.", new DateOnly(2020, 5, 6))),
        };
        var results = BatchCoder.Code(inputs, TestResources.Coder, 1).ToList();
        results[0].Error!.Code.ShouldBe(ErrorCode.InvalidLanguage);
        results[0].Error!.Where.ShouldBe("de-1");
        results[0].Error!.ToString().ShouldBe("de-1: invalid language: no language pack for 'de'; the data folder has " + string.Join(", ", TestResources.Resources.Languages));
        results[1].IsSuccess.ShouldBeTrue();
        results[1].Events.ShouldNotBeEmpty();
    }

    [Fact]
    public void Resources_built_for_one_language_code_every_document_in_it()
    {
        var one = new CodingResources(TestResources.Resources.Lexicon, TestResources.Resources.Gazetteer);
        one.Languages.ShouldBe(["en"]);
        one.LanguageOf(new Document("d", "Des hommes armés ont attaqué le village.")).ShouldBe("en");
    }
}

public sealed class LanguageOptionTests
{
    [Fact]
    public void Lang_that_is_no_code_is_a_usage_error_and_an_unshipped_one_a_failure_naming_it()
    {
        var seed = TestResources.TestData("sevare-2018-06-29.txt");
        var usage = Sitrep.Tests.Cli.CliRunner.Run("extract", seed, "--lang", "francais!");
        usage.ExitCode.ShouldNotBe(0);
        usage.Stderr.ShouldContain("--lang: 'francais!' is not a language code");
        var missing = Sitrep.Tests.Cli.CliRunner.Run("extract", seed, "--lang", "de");
        missing.ExitCode.ShouldBe(1);
        missing.Stdout.ShouldBeEmpty();
        missing.Stderr.ShouldContain("--lang: no language pack for 'de'");
    }

    [Fact]
    public void Lang_en_codes_the_seed_as_without_it()
    {
        var seed = TestResources.TestData("sevare-2018-06-29.txt");
        var with = Sitrep.Tests.Cli.CliRunner.Run("extract", seed, "-p", "2018-06-29", "-f", "jsonl", "--lang", "en");
        with.ExitCode.ShouldBe(0);
        with.Stdout.ShouldBe(Sitrep.Tests.Cli.CliRunner.Run("extract", seed, "-p", "2018-06-29", "-f", "jsonl").Stdout);
    }
}

public sealed class ElisionTests
{
    private static readonly HashSet<string> French = ["l", "d", "qu", "n", "jusqu"];

    private static string[] Words(string text, IReadOnlySet<string>? elisions) =>
        Sitrep.Text.Tokenizer.Tokenize(text, elisions).Select(t => t.Folded).ToArray();

    [Fact]
    public void An_elided_article_is_a_token_of_its_own_in_a_language_that_elides()
    {
        Words("L'armée a repoussé l'attaque d'hommes armés jusqu'à l'aube.", French)
            .ShouldBe(["l", "armee", "a", "repousse", "l", "attaque", "d", "hommes", "armes", "jusqu", "a", "l", "aube", "."]);
    }

    [Fact]
    public void A_capital_before_a_capital_is_a_name_and_stays_one_word() =>
        Words("N'Djamena et M'Bour", French).ShouldBe(["ndjamena", "et", "mbour"]);

    [Fact]
    public void Without_elisions_the_apostrophe_stays_inside_the_word() =>
        Words("l'armée", null).ShouldBe(["larmee"]);

    [Fact]
    public void The_elided_tokens_span_keeps_its_apostrophe_so_evidence_is_the_text_as_written()
    {
        var t = Sitrep.Text.Tokenizer.Tokenize("l'armée", French);
        "l'armée"[t[0].Span.Start..t[0].Span.End].ShouldBe("l'");
        "l'armée"[t[1].Span.Start..t[1].Span.End].ShouldBe("armée");
    }
}

public sealed class DetectorThresholdTests
{
    [Fact]
    public void One_short_word_of_another_language_inside_a_name_decides_nothing()
    {
        var detector = new LanguageDetector(new Dictionary<string, IReadOnlySet<string>> { ["en"] = new HashSet<string> { "the" }, ["fr"] = new HashSet<string> { "sa", "le" } });
        detector.Detect("Near Sa Khan village a landmine exploded.").ShouldBeNull();
        detector.Detect("Sa maison et le village.").ShouldBe("fr");
    }
}
