using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core.Indicators;

namespace Tthc.Api.Apis;

/// <summary>The indicator catalog: <c>GET /api/indicators</c>, so clients label and format values as the exports do.</summary>
public static class IndicatorsApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Indicators, GetIndicators).WithName(nameof(GetIndicators));
        return app;
    }

    /// <summary>Every indicator of the catalog, in the catalog's order.</summary>
    public static Ok<IReadOnlyList<IndicatorView>> GetIndicators(IndicatorCatalog catalog)
        => TypedResults.Ok<IReadOnlyList<IndicatorView>>([.. catalog.All.Select(IndicatorView.From)]);
}
