namespace Tthc.Core.Rollups;

/// <summary>How a province's own figure compares with the computed rollup.</summary>
public enum CrossCheckStatus
{
    /// <summary>Equal (counts exactly; rates and scores within the reported value's rounding).</summary>
    Same,

    /// <summary>Both sides have a value and they differ.</summary>
    Different,

    /// <summary>Only the province's report gives the indicator.</summary>
    OnlyReported,

    /// <summary>Only the rollup of the units has the indicator.</summary>
    OnlyComputed,
}
