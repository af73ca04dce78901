using Sitrep.Resources;
using Sitrep.Text;

namespace Sitrep.Coding;

/// <summary>Splits the text into tokens with offsets, splitting off the words the document's language elides and reading numbers as it writes them.</summary>
public sealed class TokenizerStage : ICodingStage
{
    public string Name => "tokenizer";
    public Annotation Needs => Annotation.None;
    public Annotation Sets => Annotation.Tokens;

    public AnnotatedDocument Apply(AnnotatedDocument doc, CodingResources resources) =>
        doc with { Tokens = [.. Tokenizer.Tokenize(doc.Text, resources.Lexicon.Elisions, resources.Lexicon.NumberFormat)] };
}
