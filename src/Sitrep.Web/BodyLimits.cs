using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Sitrep.Documents;

namespace Sitrep.Web;

/// <summary>
/// The most bytes a request's body may have, per endpoint, enforced before the body is read: a declared
/// length over the limit is answered 413 at once, and a body sent without one (chunked) is cut off at the
/// limit by the server, which the endpoint answers 413 too. Only a posted document has a body worth the name.
/// </summary>
public static class BodyLimits
{
    /// <summary>A posted document's JSON: a long news report is some 50 KB, so this is twenty of them.</summary>
    public const long PostedDocument = 1024 * 1024;

    /// <summary>Every other endpoint reads no body; a little is let through for clients that send an empty form.</summary>
    public const long Other = 4 * 1024;

    public static long Of(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/api/documents") ? PostedDocument : Other;

    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        long limit = Of(context.Request);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        if (context.Request.ContentLength > limit)
        {
            await SitrepApi.Refusal(new Problem(ErrorCode.InputTooLarge, "", null,
                $"the body has {context.Request.ContentLength:N0} bytes, over the {limit:N0} this endpoint takes")).ExecuteAsync(context);
            return;
        }
        await next();
    });
}
