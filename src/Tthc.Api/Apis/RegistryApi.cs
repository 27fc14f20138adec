using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Core;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;
using Tthc.Pipeline.Registry;

namespace Tthc.Api.Apis;

/// <summary>Unit registry: <c>PUT /api/registry/{province}</c> with the CSV of CONTRACTS.md as body (that province's rows only).</summary>
public static class RegistryApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapRegistryApi(this IEndpointRouteBuilder app)
    {
        app.MapPut(ApiRoutes.Registry, PutRegistry).WithName(nameof(PutRegistry));
        app.MapGet(ApiRoutes.Registry, GetRegistry).WithName(nameof(GetRegistry));
        return app;
    }

    /// <summary>The province's registry file as loaded (CSV); 404 when it has none.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetRegistry(string province, IUnitRegistryStore store, CancellationToken cancellationToken)
        => await store.GetFileAsync(province, cancellationToken) is { } text
            ? TypedResults.File(Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", province + ".csv")
            : ApiProblems.NotFound("Tỉnh chưa có danh mục / No registry", $"'{province}' chưa nạp danh mục đơn vị / has no unit registry loaded.");

    /// <summary>Checks and stores a registry file; 400 naming the line of the first bad row.</summary>
    public static async Task<Results<Ok<RegistryLoaded>, ProblemHttpResult>> PutRegistry(
        string province,
        HttpRequest request,
        ImportUnitRegistry import,
        CancellationToken cancellationToken)
    {
        if (ProvinceMap.Default.Find(province) is null)
        {
            return ApiProblems.NotFound("Không có tỉnh này / Unknown province", $"'{province}' không phải mã tỉnh (ví dụ hung-yen, hai-phong) / is not a province code.");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            return TypedResults.Ok(new RegistryLoaded(province, await import.ExecuteAsync(request.HttpContext.Caller(), province, text, cancellationToken)));
        }
        catch (InputFormatException ex)
        {
            return ApiProblems.BadRequest("Danh mục đơn vị không hợp lệ / Invalid unit registry", ex.Message);
        }
    }
}
