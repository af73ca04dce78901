namespace Sitrep.Coding;

/// <summary>The kinds of annotation a stage can need and set; the pipeline checks the order once, when built.</summary>
[Flags]
public enum Annotation
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Background = 4,
    Triggers = 8,
    Actors = 16,
    Countries = 32,
    Places = 64,
    Dates = 128,
    Fatalities = 256,
    Frames = 512,
    Structure = 1024,
}
