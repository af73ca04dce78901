using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sitrep.Web;

/// <summary>
/// What a client generator needs beyond the endpoints: the API's name, and the API key as a security scheme
/// (the X-Api-Key header) that the one endpoint which writes, POST /api/documents, requires.
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
                if (path == "/api/documents" && method == HttpMethod.Post)
                    operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
