using System.Text.Json;

namespace Sitrep.Documents;

/// <summary>
/// Parses one JSONL line into a document: <c>{"id", "text", "published"?, "title"?, "url"?, "source"?, "language"?}</c>.
/// <c>id</c> may be a string or a number; <c>published</c> a date or a date-time.
/// </summary>
public static class JsonlDocumentParser
{
    public static ReadResult Parse(string line, string file, int lineNumber, ReadOptions options)
    {
        Problem Fail(ErrorCode code, string detail) => new(code, file, lineNumber, detail);
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadResult.Failure(Fail(ErrorCode.MalformedJson, "a document must be a JSON object"));
            string? id = root.TryGetProperty("id", out var idEl) ? idEl.ValueKind switch
            {
                JsonValueKind.String => idEl.GetString(),
                JsonValueKind.Number => idEl.GetRawText(),
                _ => null,
            } : null;
            if (string.IsNullOrWhiteSpace(id))
                return ReadResult.Failure(Fail(ErrorCode.MissingField, "no \"id\""));
            var text = Str(root, "text");
            if (string.IsNullOrWhiteSpace(text))
                return ReadResult.Failure(Fail(ErrorCode.MissingField, $"document {id} has no \"text\""));
            if (text.Length > options.MaxDocumentBytes)
                return ReadResult.Failure(Fail(ErrorCode.InputTooLarge, $"document {id} has {text.Length:N0} characters, over the {options.MaxDocumentBytes:N0} limit"));
            DateOnly? published = options.Published;
            var pub = Str(root, "published");
            if (!string.IsNullOrWhiteSpace(pub))
            {
                if (!DateText.TryParse(pub, out var d))
                    return ReadResult.Failure(Fail(ErrorCode.InvalidDate, $"document {id}: \"published\" is '{pub}', not {DateText.Expected}"));
                published = d;
            }
            var language = options.Language;
            var lang = Str(root, "language");
            if (!string.IsNullOrWhiteSpace(lang))
            {
                if (!LanguageCode.TryParse(lang, out var code))
                    return ReadResult.Failure(Fail(ErrorCode.InvalidLanguage, $"document {id}: \"language\" is '{lang}', not a language code such as en or fr"));
                language = code;
            }
            var country = options.Country;
            var cc = Str(root, "country");
            if (!string.IsNullOrWhiteSpace(cc))
            {
                if (!CountryCode.TryParse(cc, out var code))
                    return ReadResult.Failure(Fail(ErrorCode.InvalidParameter, $"document {id}: \"country\" is '{cc}', not an ISO 3166 alpha-2 code such as ML or NG"));
                country = code;
            }
            var doc = new Document(id, text, published, Str(root, "title"), Str(root, "url"), Str(root, "source") ?? options.Source, language) { Country = country };
            if (doc.FieldWithNul() is { } field)
                return ReadResult.Failure(Fail(ErrorCode.BinaryInput, $"document {id}: \"{field}\" holds a NUL character (\\u0000), which text never has"));
            return ReadResult.Success(doc);
        }
        catch (JsonException e)
        {
            return ReadResult.Failure(Fail(ErrorCode.MalformedJson, e.Message.Split('\n')[0].Split(" Path:")[0].Split(" LineNumber:")[0]));
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reads "\ud800" without its pair as well-formed JSON, then cannot make it a string.
            return ReadResult.Failure(Fail(ErrorCode.MalformedJson, "a string holds half of a UTF-16 surrogate pair (an escape such as \\ud800 without its partner)"));
        }
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;
}
