using System.Security.Cryptography;
using System.Text;
using Sitrep.Documents;
using Sitrep.Events;

namespace Sitrep.Storage;

/// <summary>A document's identity in a store: the SHA-256 of its text with white space folded, so a re-read of the same article is the same document.</summary>
public static class DocumentKey
{
    public static string Of(Document d)
    {
        var folded = string.Join(' ', d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }

    /// <summary>
    /// The id a document is stored under when its own is taken by another text: the id and the start of its key,
    /// so the same text always gets the same derived id ("index~3f9a0c12b4e7").
    /// </summary>
    public static string DerivedId(string id, string key) => $"{id}~{key[..12]}";

    /// <summary>An event coded from a document, pointing to the document's new id wherever it pointed to the old.</summary>
    public static CodedEvent Renamed(CodedEvent e, string from, string to)
    {
        string Map(string id) => id == from ? to : id;
        return e with
        {
            DocId = Map(e.DocId),
            Sources = [.. e.Sources.Select(s => s with { DocId = Map(s.DocId) })],
            Evidence = [.. e.Evidence.Select(v => v.DocId is { } d ? v with { DocId = Map(d) } : v)],
        };
    }
}
