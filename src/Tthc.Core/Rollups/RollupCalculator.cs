using Tthc.Core.Indicators;
using Tthc.Core.Units;
using Tthc.Core.Validation;

namespace Tthc.Core.Rollups;

/// <summary>
/// Consolidates units' figures per DOMAIN.md, each indicator as its catalog entry's <see cref="RollupRule"/> says:
/// counts are summed; ratios are recomputed from summed parts; rates without parts are a labelled mean with min and max.
/// A stored value outside its indicator's bounds (say, from before the bounds were checked) is left out with a finding;
/// an overflow leaves that indicator out with a finding: a rollup is never an exception.
/// </summary>
public sealed class RollupCalculator(IndicatorCatalog catalog)
{
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
        // Values awaiting a person's review are shown with their unit but not counted (confirmed or certain values only).
        var awaiting = reports.Sum(r => r.AwaitingReview.Count);
        var findings = new List<Finding>();
        reports = [.. reports.Select(r => WithinBounds(r.Counted(), findings))];
        var reportedCodes = reports.Select(r => r.UnitCode).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Where(u => !reportedCodes.Contains(u.Code)).Select(u => new MissingUnit(u.Code, u.Name, u.Level)).ToList();
        List<LateUnit> late = deadline is null ? [] : reports.Where(r => r.SubmittedAt > deadline).Select(r => new LateUnit(r.UnitCode, r.UnitName, r.Level, r.SubmittedAt)).ToList();
        var byLevel = reports.GroupBy(r => r.Level)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Consolidate([.. g], findings));
        return new Rollup(
            province,
            period,
            expected.Count,
            expected.Count(u => reportedCodes.Contains(u.Code)),
            missing,
            late,
            deadline,
            Consolidate(reports, findings),
            byLevel,
            computedAt,
            [.. findings.DistinctBy(f => f.Message)])
        {
            AwaitingReview = awaiting,
        };
    }

    /// <summary>Consolidates one group of units' figures, each indicator by its catalog <see cref="RollupRule"/>.</summary>
    public IReadOnlyList<RollupValue> Consolidate(IReadOnlyList<UnitFigures> units) => Consolidate(units, null);

    private IReadOnlyList<RollupValue> Consolidate(IReadOnlyList<UnitFigures> units, List<Finding>? findings)
    {
        var result = new List<RollupValue>();
        foreach (var definition in catalog.All)
        {
            var rule = definition.Rollup;
            RollupValue? value;
            try
            {
                value = rule.Method switch
                {
                    RollupMethod.Sum => Sum(units, definition.Code),
                    RollupMethod.Ratio => Ratio(units, definition.Code, rule),
                    RollupMethod.Mean => Mean(units, definition.Code, rule.Weight),
                    _ => null,
                };
            }
            catch (OverflowException)
            {
                findings?.Add(Finding.Error("arithmetic.overflow", $"\"{definition.Label}\" ({definition.Code}): tổng quá lớn để tính, chỉ tiêu bị bỏ qua / the total is too large to compute; left out.", [definition.Code]));
                continue;
            }

            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    private UnitFigures WithinBounds(UnitFigures unit, List<Finding> findings)
    {
        var kept = catalog.InRange(unit.Values);
        if (ReferenceEquals(kept, unit.Values))
        {
            return unit;
        }

        foreach (var (code, value) in unit.Values.Where(kv => !kept.ContainsKey(kv.Key)))
        {
            findings.Add(Finding.Warning(
                "range",
                $"{unit.UnitCode}: \"{catalog.Describe(code).Label}\" ({code}) = {value} ngoài giới hạn, không được tổng hợp / outside its bounds; left out of the rollup.",
                [code]));
        }

        return unit with { Values = kept };
    }

    private static RollupValue? Sum(IReadOnlyList<UnitFigures> units, string code)
    {
        var contributors = units.Where(u => u.Values.ContainsKey(code)).ToList();
        return contributors.Count == 0
            ? null
            : new RollupValue(code, contributors.Sum(u => u.Values[code]), RollupMethod.Sum, [.. contributors.Select(u => u.UnitCode)]);
    }

    private static RollupValue? Ratio(IReadOnlyList<UnitFigures> units, string code, RollupRule rule)
    {
        // Σ numerator / Σ denominator over the units that give every term (a term may stand as the sum of its Instead codes).
        static decimal? Total(UnitFigures u, IReadOnlyList<IdentityTerm> terms)
        {
            var sum = 0m;
            foreach (var term in terms)
            {
                if (term.ValueIn(u.Values) is not { } v)
                {
                    return null;
                }

                sum += v;
            }

            return sum;
        }

        var contributors = units
            .Select(u => (Unit: u, Numerator: Total(u, rule.Numerator), Denominator: Total(u, rule.Denominator)))
            .Where(x => x.Numerator is not null && x.Denominator is > 0)
            .ToList();
        var denominator = contributors.Sum(x => x.Denominator!.Value);
        if (denominator == 0)
        {
            return null;
        }

        var share = contributors.Sum(x => x.Numerator!.Value) / denominator * 100m;
        return new RollupValue(code, decimal.Round(share, 2), RollupMethod.Ratio, [.. contributors.Select(x => x.Unit.UnitCode)], Basis: rule.Basis);
    }

    private RollupValue? Mean(IReadOnlyList<UnitFigures> units, string code, string? weight)
    {
        var contributors = units.Where(u => u.Values.ContainsKey(code)).ToList();
        if (contributors.Count == 0)
        {
            return null;
        }

        var weighted = weight is not null && contributors.All(u => u.Get(weight) is > 0);
        var mean = weighted
            ? contributors.Sum(u => u.Values[code] * u.Values[weight!]) / contributors.Sum(u => u.Values[weight!])
            : contributors.Average(u => u.Values[code]);
        var basis = weighted
            ? $"trung bình có trọng số theo {Lower(catalog.Describe(weight!).Label)} — mean weighted by {weight}"
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

    private static string Lower(string label) => label.Length == 0 ? label : char.ToLowerInvariant(label[0]) + label[1..];
}
