namespace Tthc.Core.Indicators;

/// <summary>What sort of number an indicator holds; decides how a written value is read.</summary>
public enum IndicatorKind
{
    /// <summary>A non-negative whole number (hồ sơ, thủ tục, PAKN).</summary>
    Count,

    /// <summary>A percentage between 0 and 100.</summary>
    Rate,

    /// <summary>Points between 0 and 100 (the Decision 766 index).</summary>
    Score,
}
