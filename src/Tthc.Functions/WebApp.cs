using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Web;

namespace Tthc.Functions;

/// <summary>
/// The web app's page and files at <c>/</c>, as <c>serve</c> serves them. Anonymous: they hold no data, and every
/// <c>/api</c> call the page makes carries its own credential. host.json's route prefix is empty for this; the API
/// functions name their <c>api/</c> prefix themselves, and their literal routes take precedence over this catch-all.
/// </summary>
public sealed class WebApp(WebAssets assets)
{
    [Function(nameof(WebApp))]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "{*path}")] HttpRequest request,
        string? path)
        => WebAppEndpoints.GetAsset(path, assets);
}
