using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tthc.Pipeline.Rollups;

namespace Tthc.Api.Apis;

/// <summary>Rollups: query, recompute, the unit rows behind them.</summary>
public static class RollupsApi
{
    /// <summary>Maps the routes on the <c>/api</c> group.</summary>
    public static IEndpointRouteBuilder MapRollupsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(ApiRoutes.Rollup, GetRollup).WithName(nameof(GetRollup));
        app.MapPost(ApiRoutes.Rollup, PostRollup).WithName(nameof(PostRollup));
        app.MapGet(ApiRoutes.RollupUnits, GetRollupUnits).WithName(nameof(GetRollupUnits));
        app.MapGet(ApiRoutes.RollupExport, GetRollupExport).WithName(nameof(GetRollupExport));
        return app;
    }

    /// <summary>The stored rollup; <c>?fresh=true</c> (or none stored yet) recomputes it first.</summary>
    public static async Task<Results<Ok<RollupDocument>, ProblemHttpResult>> GetRollup(
        string province,
        string period,
        bool? fresh,
        GetRollup query,
        CancellationToken cancellationToken)
    {
        if (!ApiArguments.TryProvincePeriod(province, period, out var parsed, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(await query.ExecuteAsync(province, parsed, fresh ?? false, cancellationToken));
    }

    /// <summary>Recomputes the rollup now (what the nightly timer does for changed partitions).</summary>
    public static async Task<Results<Ok<RollupDocument>, ProblemHttpResult>> PostRollup(
        string province,
        string period,
        BuildRollup build,
        CancellationToken cancellationToken)
    {
        if (!ApiArguments.TryProvincePeriod(province, period, out var parsed, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(await build.ExecuteAsync(province, parsed, cancellationToken));
    }

    /// <summary>
    /// The consolidated table with Vietnamese labels and number formatting (<c>?format=xlsx</c>, the default, or
    /// <c>csv</c>), or the draft results paragraph (<c>txt</c>); computed now from the units' rows.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetRollupExport(
        string province,
        string period,
        string? format,
        ExportRollup export,
        CancellationToken cancellationToken)
    {
        if (!ApiArguments.TryProvincePeriod(province, period, out var parsed, out var problem))
        {
            return problem;
        }

        format = (format ?? "xlsx").ToLowerInvariant();
        if (!ExportRollup.Formats.Contains(format))
        {
            return ApiProblems.BadRequest("Định dạng không hỗ trợ / Unsupported format", $"format={format}; dùng / use {string.Join(", ", ExportRollup.Formats)}.");
        }

        var file = await export.ExecuteAsync(province, parsed, format, cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>The per-unit rows (latest accepted version of each unit) behind the rollup.</summary>
    public static async Task<Results<Ok<RollupUnitsView>, ProblemHttpResult>> GetRollupUnits(
        string province,
        string period,
        GetRollupUnits query,
        CancellationToken cancellationToken)
    {
        if (!ApiArguments.TryProvincePeriod(province, period, out var parsed, out var problem))
        {
            return problem;
        }

        var units = await query.ExecuteAsync(province, parsed, cancellationToken);
        return TypedResults.Ok(new RollupUnitsView(province, parsed.Label, [.. units.Select(RollupUnitRow.From)]));
    }
}
