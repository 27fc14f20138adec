using Microsoft.AspNetCore.Http;

namespace Tthc.Web;

/// <summary>Writes a <see cref="WebAsset"/> with the app's security headers; answers 304 to a matching <c>If-None-Match</c>.</summary>
/// <param name="asset">The file.</param>
public sealed class WebAssetResult(WebAsset asset) : IResult
{
    /// <summary>
    /// The page's content security policy: scripts, styles and data only from this origin, no inline script or style
    /// element, no framing, no plugins. The app builds its DOM (and its SVG chart) with script, never with inline code.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
        + "manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = asset.ETag;
        if (httpContext.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
        {
            await response.Body.WriteAsync(asset.Content, httpContext.RequestAborted);
        }
    }
}
