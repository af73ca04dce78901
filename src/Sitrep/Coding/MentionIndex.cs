using System.Runtime.CompilerServices;

namespace Sitrep.Coding;

/// <summary>
/// An annotated document's mentions by sentence, and which sentences its frames hold: what resolving each frame asks of
/// the whole document. Scanning every mention for every frame costs the square of a long text (a 1 MB report has a
/// thousand frames and ten thousand mentions); this is built once per document, on first use, and read by every frame.
/// Lists hold indices into the document's arrays in ascending order, so a caller visits mentions in the document's order.
/// Immutable once built. It is kept beside the document it was built from (a document is immutable, and a stage that
/// changes an annotation makes a new one), and goes with it.
/// </summary>
internal sealed class MentionIndex
{
    private static readonly ConditionalWeakTable<AnnotatedDocument, MentionIndex> Built = new();

    private readonly List<int>[] _places;
    private readonly List<int>[] _actors;
    private readonly List<int>[] _triggers;
    private readonly List<int>[] _fatalities;
    private readonly bool[] _inAFrame;

    private MentionIndex(AnnotatedDocument doc)
    {
        int n = doc.Sentences.Length;
        _places = BySentence(n, doc.Places.Length, i => doc.Places[i].Sentence);
        _actors = BySentence(n, doc.Actors.Length, i => doc.Actors[i].Sentence);
        _triggers = BySentence(n, doc.Triggers.Length, i => doc.Triggers[i].Sentence);
        _fatalities = BySentence(n, doc.Fatalities.Length, i => doc.Fatalities[i].Sentence);
        _inAFrame = new bool[n];
        foreach (var f in doc.Frames)
            foreach (var s in f.Sentences)
                if (s >= 0 && s < n) _inAFrame[s] = true;
    }

    /// <summary>The index of <paramref name="doc"/>, built on the first call for that document.</summary>
    public static MentionIndex Of(AnnotatedDocument doc) => Built.GetValue(doc, d => new MentionIndex(d));

    /// <summary>Whether some frame of the document holds <paramref name="sentence"/>.</summary>
    public bool InAFrame(int sentence) => sentence >= 0 && sentence < _inAFrame.Length && _inAFrame[sentence];

    /// <summary>The indices of the place mentions of <paramref name="sentences"/>, ascending.</summary>
    public List<int> PlacesIn(IEnumerable<int> sentences) => Gather(_places, sentences);

    /// <summary>The indices of the actor mentions of <paramref name="sentences"/>, ascending.</summary>
    public List<int> ActorsIn(IEnumerable<int> sentences) => Gather(_actors, sentences);

    /// <summary>The indices of the trigger mentions of <paramref name="sentences"/>, ascending.</summary>
    public List<int> TriggersIn(IEnumerable<int> sentences) => Gather(_triggers, sentences);

    /// <summary>The indices of the death and injury counts of <paramref name="sentences"/>, ascending.</summary>
    public List<int> FatalitiesIn(IEnumerable<int> sentences) => Gather(_fatalities, sentences);

    private static List<int>[] BySentence(int sentences, int count, Func<int, int> sentenceOf)
    {
        var by = new List<int>[sentences];
        for (int i = 0; i < count; i++)
        {
            int s = sentenceOf(i);
            if (s >= 0 && s < sentences) (by[s] ??= []).Add(i);
        }
        return by;
    }

    private static List<int> Gather(List<int>[] by, IEnumerable<int> sentences)
    {
        var found = new List<int>();
        foreach (var s in sentences.Distinct())
            if (s >= 0 && s < by.Length && by[s] is { } list) found.AddRange(list);
        found.Sort();
        return found;
    }
}
