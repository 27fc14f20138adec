using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Tthc.Api;
using Tthc.Api.Apis;
using Tthc.Core.Indicators;

namespace Tthc.Functions;

/// <summary><c>GET /api/indicators</c>: the same endpoint as <c>serve</c>'s.</summary>
public sealed class IndicatorList(IndicatorCatalog catalog)
{
    [Function(nameof(IndicatorList))]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Prefix + "/" + ApiRoutes.Indicators)] HttpRequest request)
        => IndicatorsApi.GetIndicators(catalog);
}
