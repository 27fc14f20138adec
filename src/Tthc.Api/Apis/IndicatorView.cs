using Tthc.Core.Indicators;
using Tthc.Core.Rollups;

namespace Tthc.Api.Apis;

/// <summary>One catalog entry as clients need it.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Label">Vietnamese label.</param>
/// <param name="EnglishLabel">English label.</param>
/// <param name="Kind">count, rate or score.</param>
/// <param name="Unit">Unit of measure (<c>hồ sơ</c>, <c>%</c>, <c>điểm</c>).</param>
/// <param name="Method">How units' values roll up: sum, ratio, mean or none.</param>
/// <param name="Basis">How a ratio is made, when it is one.</param>
public sealed record IndicatorView(string Code, string Label, string EnglishLabel, IndicatorKind Kind, string Unit, RollupMethod Method, string? Basis)
{
    /// <summary>From a catalog definition.</summary>
    public static IndicatorView From(IndicatorDefinition d) => new(d.Code, d.Label, d.EnglishLabel, d.Kind, d.Unit, d.Rollup.Method, d.Rollup.Basis);
}
