using System.Security.Cryptography;
using System.Text;
using Sitrep.Documents;

namespace Sitrep.Storage;

/// <summary>A document's identity in a store: the SHA-256 of its text with white space folded, so a re-read of the same article is the same document.</summary>
public static class DocumentKey
{
    public static string Of(Document d)
    {
        var folded = string.Join(' ', d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }
}
