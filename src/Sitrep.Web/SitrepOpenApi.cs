using Microsoft.AspNetCore.OpenApi;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Sitrep.Web;

/// <summary>
/// What a client generator needs beyond the endpoints: the API's name, the API key as a security scheme
/// (the X-Api-Key header) that the one endpoint which writes, POST /api/documents, requires, and the type of each
/// filter (<see cref="ParameterTypeAttribute"/>): they are bound as text, which alone would declare every one a string.
/// </summary>
public sealed class SitrepOpenApi : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Sitrep";
        document.Info.Description = "ACLED-style events coded from news reports, each field with the span of text it rests on.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "The server's key ($SITREP_API_KEY or serve --api-key); 'Authorization: Bearer KEY' is taken too.",
        };
        foreach (var (path, item) in document.Paths)
            foreach (var (method, operation) in item.Operations ?? [])
            {
                if (path == "/api/documents" && method == HttpMethod.Post)
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] }];
                Type(operation, path);
            }
        return Task.CompletedTask;
    }

    /// <summary>Each filter's declared type, by its name in the query string.</summary>
    private static readonly IReadOnlyDictionary<string, ParameterTypeAttribute> Filters = typeof(EventFilterParameters).GetProperties()
        .Select(p => (Query: p.GetCustomAttribute<FromQueryAttribute>()?.Name, Declared: p.GetCustomAttribute<ParameterTypeAttribute>()))
        .Where(p => p.Query is not null && p.Declared is not null)
        .ToDictionary(p => p.Query!, p => p.Declared!);

    /// <summary>The parameters outside the filters that are not text either.</summary>
    private static readonly IReadOnlyDictionary<(string Path, string Name), ParameterTypeAttribute> Others = new Dictionary<(string, string), ParameterTypeAttribute>
    {
        [("/api/export.csv", "inter_labels")] = new("boolean"),
        [("/api/alerts", "limit")] = new("integer") { Format = "int32", Minimum = 1, Maximum = MonitorApi.MaxAlerts },
    };

    private static void Type(OpenApiOperation operation, string path)
    {
        var parameters = operation.Parameters ?? [];
        // The filters' names are typed only where the operation takes the filters (another 'limit' may have other bounds).
        bool filters = Filters.Keys.All(name => parameters.Any(p => p.Name == name && p.In == ParameterLocation.Query));
        foreach (var parameter in parameters.OfType<OpenApiParameter>())
        {
            if (parameter.In != ParameterLocation.Query || parameter.Name is not { } name) continue;
            var declared = Others.GetValueOrDefault((path, name)) ?? (filters ? Filters.GetValueOrDefault(name) : null);
            if (declared is not null) parameter.Schema = Schema(declared);
        }
    }

    private static OpenApiSchema Schema(ParameterTypeAttribute declared) => new()
    {
        Type = declared.Type switch
        {
            "integer" => JsonSchemaType.Integer,
            "number" => JsonSchemaType.Number,
            "boolean" => JsonSchemaType.Boolean,
            _ => JsonSchemaType.String,
        },
        Format = declared.Format,
        Pattern = declared.Pattern,
        Minimum = double.IsNaN(declared.Minimum) ? null : declared.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = double.IsNaN(declared.Maximum) ? null : declared.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
