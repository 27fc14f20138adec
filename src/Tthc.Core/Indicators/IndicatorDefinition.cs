namespace Tthc.Core.Indicators;

/// <summary>One entry of the indicator catalog.</summary>
/// <param name="Code">Stable code, e.g. <c>dossiers.received</c>.</param>
/// <param name="Label">Vietnamese label as reports write it.</param>
/// <param name="EnglishLabel">English label for findings and logs.</param>
/// <param name="Kind">Count, rate or score.</param>
public sealed record IndicatorDefinition(string Code, string Label, string EnglishLabel, IndicatorKind Kind)
{
    /// <summary>Whether a value is within the range the kind allows.</summary>
    public bool IsInRange(decimal value) => Kind switch
    {
        IndicatorKind.Count => value >= 0 && decimal.Truncate(value) == value,
        _ => value is >= 0 and <= 100,
    };
}
