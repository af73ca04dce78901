using Shouldly;
using Sitrep.Resources;
using Xunit;

namespace Sitrep.Tests.Resources;

public sealed class WordClassesTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-words-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "word-classes.tsv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Rows_fill_their_class_folded_as_tokens_are_and_marks_stay_as_they_are()
    {
        var words = WordClasses.Load(Write("# a header\nreport-verb\tSaid\nclause-break\t,\nkilling-part\tshot dead\n"));
        words.Has(WordClass.ReportVerb, "said").ShouldBeTrue();
        words.Has(WordClass.ClauseBreak, ",").ShouldBeTrue();
        words.PartOf(WordClass.KillingPart, "was shot dead by").ShouldBeTrue();
        words.Has(WordClass.Article, "the").ShouldBeFalse();
    }

    [Fact]
    public void A_phrase_of_a_class_is_found_word_by_word_from_a_token()
    {
        var words = WordClasses.Load(Write("report-opener\tAs reported\n"));
        var tokens = Sitrep.Text.Tokenizer.Tokenize("As reported on Monday, as reported");
        words.PhraseAt(WordClass.ReportOpener, tokens, 0, tokens.Count).ShouldBeTrue();
        words.PhraseAt(WordClass.ReportOpener, tokens, 1, tokens.Count).ShouldBeFalse();
        // The phrase must end within the bound: its last word past it does not count.
        words.PhraseAt(WordClass.ReportOpener, tokens, tokens.Count - 2, tokens.Count - 1).ShouldBeFalse();
    }

    [Fact]
    public void The_longest_phrase_of_a_class_gives_its_length()
    {
        var words = WordClasses.Load(Write("coded-as\tcoded\ncoded-as\tcoded as\n"));
        var tokens = Sitrep.Text.Tokenizer.Tokenize("fatalities coded as 3");
        words.PhraseLengthAt(WordClass.CodedAs, tokens, 1, tokens.Count).ShouldBe(2);
        words.PhraseLengthAt(WordClass.CodedAs, tokens, 1, 2).ShouldBe(1);
        words.PhraseLengthAt(WordClass.CodedAs, tokens, 0, tokens.Count).ShouldBe(0);
    }

    [Fact]
    public void Phrases_of_other_first_words_are_each_found_and_a_start_at_the_bound_finds_none()
    {
        var words = WordClasses.Load(Write("coded-as\tcoded as\ncoded-as\tlisted as\ncoded-as\tcoded\nreport-opener\tas listed\n"));
        var tokens = Sitrep.Text.Tokenizer.Tokenize("listed as 4, coded as 3, coded 5");
        words.PhraseLengthAt(WordClass.CodedAs, tokens, 0, tokens.Count).ShouldBe(2);
        words.PhraseLengthAt(WordClass.CodedAs, tokens, 4, tokens.Count).ShouldBe(2);
        words.PhraseLengthAt(WordClass.CodedAs, tokens, 8, tokens.Count).ShouldBe(1);
        // "as 4" opens no phrase of coded-as, though "as listed" of another class begins with its word.
        words.PhraseLengthAt(WordClass.CodedAs, tokens, 1, tokens.Count).ShouldBe(0);
        words.PhraseLengthAt(WordClass.CodedAs, tokens, 4, 4).ShouldBe(0);
        words.PhraseLengthAt(WordClass.TallyScope, tokens, 0, tokens.Count).ShouldBe(0);
    }

    [Fact]
    public void An_unknown_class_is_an_error_naming_the_file_and_line()
    {
        var path = Write("report-verb\tsaid\nreport-verbs\ttold\n");
        var e = Should.Throw<ResourceFormatException>(() => WordClasses.Load(path));
        e.Message.ShouldContain(path);
        e.Message.ShouldContain("2");
        e.Message.ShouldContain("report-verbs");
    }

    [Fact]
    public void A_pack_without_the_file_has_no_words_in_any_class() =>
        WordClasses.Load(Path.Combine(_dir, "missing.tsv"))[WordClass.Adverb].ShouldBeEmpty();

    [Fact]
    public void The_english_pack_names_every_class() =>
        Enum.GetValues<WordClass>().Where(c => TestResources.Resources.Lexicon.Words[c].Count == 0).ShouldBeEmpty();

    [Theory]
    [InlineData(WordClass.WeaponUseStem, "weapon-use-stem")]
    [InlineData(WordClass.Adverb, "adverb")]
    public void A_class_is_named_in_the_file_in_kebab_case(WordClass wordClass, string name) =>
        WordClasses.Kebab(wordClass).ShouldBe(name);
}
