using Tthc.Core.Indicators;
using Tthc.Core.Units;

namespace Tthc.Core.Rollups;

/// <summary>
/// Consolidates units' figures per DOMAIN.md: counts are summed; the online share and the in-time share
/// are recomputed from summed parts; rates without parts are a labelled mean with min and max.
/// </summary>
public sealed class RollupCalculator(IndicatorCatalog catalog)
{
    private const string OnlineRate = "rate.online_dossiers";
    private const string InTimeRate = "rate.resolved_in_time";
    private const string Received = "dossiers.received";

    /// <summary>Computes the rollup of <paramref name="reports"/> for the units <paramref name="expected"/>.</summary>
    /// <param name="province">Province code.</param>
    /// <param name="period">Period code.</param>
    /// <param name="expected">Units expected to report (registry, as of the period's end).</param>
    /// <param name="reports">The latest accepted figures per unit.</param>
    /// <param name="computedAt">Now, from the caller's clock.</param>
    /// <param name="deadline">Reports uploaded after this are listed as late.</param>
    public Rollup Compute(
        string province,
        string period,
        IReadOnlyList<UnitRecord> expected,
        IReadOnlyList<UnitFigures> reports,
        DateTimeOffset computedAt,
        DateTimeOffset? deadline = null)
    {
        var reportedCodes = reports.Select(r => r.UnitCode).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(u => !reportedCodes.Contains(u.Code)).Select(u => new MissingUnit(u.Code, u.Name, u.Level)).ToList();
        var late = deadline is null ? [] : reports.Where(r => r.SubmittedAt > deadline).Select(r => new MissingUnit(r.UnitCode, r.UnitName, r.Level)).ToList();
        var byLevel = reports.GroupBy(r => r.Level)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Consolidate([.. g]));
        return new Rollup(
            province,
            period,
            expected.Count,
            expected.Count(u => reportedCodes.Contains(u.Code)),
            missing,
            late,
            deadline,
            Consolidate(reports),
            byLevel,
            computedAt);
    }

    /// <summary>Consolidates one group of units' figures.</summary>
    public IReadOnlyList<RollupValue> Consolidate(IReadOnlyList<UnitFigures> units)
    {
        var result = new List<RollupValue>();
        foreach (var definition in catalog.All)
        {
            var value = definition.Code switch
            {
                OnlineRate => Ratio(units, OnlineRate, "dossiers.received_online", ["dossiers.received_online", "dossiers.received_direct"], "Σ trực tuyến / Σ (trực tuyến + trực tiếp) — Σ online / Σ (online + direct)"),
                InTimeRate => InTimeRatio(units),
                _ when definition.Kind == IndicatorKind.Count => Sum(units, definition.Code),
                _ => Mean(units, definition.Code),
            };
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static RollupValue? Sum(IReadOnlyList<UnitFigures> units, string code)
    {
        var contributors = units.Where(u => u.Values.ContainsKey(code)).ToList();
        return contributors.Count == 0
            ? null
            : new RollupValue(code, contributors.Sum(u => u.Values[code]), RollupMethod.Sum, [.. contributors.Select(u => u.UnitCode)]);
    }

    private static RollupValue? Ratio(IReadOnlyList<UnitFigures> units, string code, string numerator, string[] denominatorParts, string basis)
    {
        var contributors = units.Where(u => u.Values.ContainsKey(numerator) && denominatorParts.All(u.Values.ContainsKey)).ToList();
        var denominator = contributors.Sum(u => denominatorParts.Sum(p => u.Values[p]));
        if (denominator == 0)
        {
            return null;
        }

        var share = contributors.Sum(u => u.Values[numerator]) / denominator * 100m;
        return new RollupValue(code, decimal.Round(share, 2), RollupMethod.Ratio, [.. contributors.Select(u => u.UnitCode)], Basis: basis);
    }

    private static RollupValue? InTimeRatio(IReadOnlyList<UnitFigures> units)
    {
        // in_time stands for early + on_time where a unit gives them separately.
        static decimal? InTime(UnitFigures u) => u.Get("dossiers.resolved_in_time")
            ?? (u.Get("dossiers.resolved_early") is { } early && u.Get("dossiers.resolved_on_time") is { } onTime ? early + onTime : null);

        var contributors = units.Where(u => InTime(u) is not null && u.Get("dossiers.resolved") is > 0).ToList();
        var resolved = contributors.Sum(u => u.Values["dossiers.resolved"]);
        if (resolved == 0)
        {
            return null;
        }

        var share = contributors.Sum(u => InTime(u)!.Value) / resolved * 100m;
        return new RollupValue(InTimeRate, decimal.Round(share, 2), RollupMethod.Ratio, [.. contributors.Select(u => u.UnitCode)], Basis: "Σ trước hạn và đúng hạn / Σ đã giải quyết — Σ in time / Σ resolved");
    }

    private static RollupValue? Mean(IReadOnlyList<UnitFigures> units, string code)
    {
        var contributors = units.Where(u => u.Values.ContainsKey(code)).ToList();
        if (contributors.Count == 0)
        {
            return null;
        }

        var weighted = contributors.All(u => u.Get(Received) is > 0);
        var mean = weighted
            ? contributors.Sum(u => u.Values[code] * u.Values[Received]) / contributors.Sum(u => u.Values[Received])
            : contributors.Average(u => u.Values[code]);
        var basis = weighted
            ? "trung bình có trọng số theo tổng hồ sơ tiếp nhận — mean weighted by dossiers.received"
            : "trung bình cộng của các đơn vị — unweighted mean of units";
        return new RollupValue(
            code,
            decimal.Round(mean, 2),
            RollupMethod.Mean,
            [.. contributors.Select(u => u.UnitCode)],
            contributors.Min(u => u.Values[code]),
            contributors.Max(u => u.Values[code]),
            basis);
    }
}
