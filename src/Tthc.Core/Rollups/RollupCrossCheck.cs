using Tthc.Core.Extraction;
using Tthc.Core.Indicators;

namespace Tthc.Core.Rollups;

/// <summary>
/// Compares a province's own consolidated report with the rollup computed from its units (DOMAIN.md: provinces
/// complain that "the province total is not the sum of its units"). Counts must agree exactly; a rate or score
/// agrees when the computed value is within the rounding of the reported one (98,9 covers 98,85–98,95).
/// </summary>
public sealed class RollupCrossCheck(IndicatorCatalog catalog)
{
    /// <summary>Compares the values of the province's parsed report (with their evidence lines) with <paramref name="rollup"/>.</summary>
    public CrossCheckResult Compare(ParsedReport provinceReport, Rollup rollup)
    {
        var reported = new Dictionary<string, (decimal Value, int? Line)>(StringComparer.Ordinal);
        foreach (var v in provinceReport.Indicators)
        {
            reported.TryAdd(v.Code, (v.Value, v.Evidence?.Line));
        }

        return Compare(reported, rollup);
    }

    /// <summary>Compares the province's values by code with <paramref name="rollup"/>.</summary>
    public CrossCheckResult Compare(IReadOnlyDictionary<string, decimal> provinceValues, Rollup rollup)
        => Compare(provinceValues.ToDictionary(kv => kv.Key, kv => (kv.Value, (int?)null), StringComparer.Ordinal), rollup);

    private CrossCheckResult Compare(Dictionary<string, (decimal Value, int? Line)> reported, Rollup rollup)
    {
        var known = catalog.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var codes = catalog.All.Select(d => d.Code)
            .Concat(reported.Keys.Where(c => !known.Contains(c)).Order(StringComparer.Ordinal))
            .Concat(rollup.Indicators.Select(v => v.Code).Where(c => !known.Contains(c)));
        var lines = new List<CrossCheckLine>();
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            var computed = rollup.Get(code);
            var hasReported = reported.TryGetValue(code, out var r);
            if (!hasReported && computed is null)
            {
                continue;
            }

            var definition = catalog.Describe(code);
            var status = !hasReported ? CrossCheckStatus.OnlyComputed
                : computed is null ? CrossCheckStatus.OnlyReported
                : Agree(definition.Kind, r.Value, computed.Value) ? CrossCheckStatus.Same
                : CrossCheckStatus.Different;
            lines.Add(new CrossCheckLine(code, definition.Label, definition.Kind, hasReported ? r.Value : null, computed?.Value, computed?.Method, hasReported ? r.Line : null, status));
        }

        return new CrossCheckResult(rollup.Province, rollup.Period, lines);
    }

    private static bool Agree(IndicatorKind kind, decimal reported, decimal computed)
    {
        if (kind == IndicatorKind.Count)
        {
            return reported == computed;
        }

        // Half a unit of the reported value's last decimal, plus the rollup's own rounding to 2 decimals.
        int decimals = reported.Scale;
        var tolerance = (0.5m / Pow10(Math.Min(decimals, 6))) + 0.005m;
        return Math.Abs(reported - computed) <= tolerance;
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}
