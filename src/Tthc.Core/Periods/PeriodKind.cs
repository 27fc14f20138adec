namespace Tthc.Core.Periods;

/// <summary>The kinds of reporting period (DOMAIN.md, "Periods").</summary>
public enum PeriodKind
{
    /// <summary>A month, e.g. <c>2024-02</c>.</summary>
    Month,

    /// <summary>A quarter, e.g. <c>2025-Q3</c>.</summary>
    Quarter,

    /// <summary>A half-year, e.g. <c>2024-H1</c>.</summary>
    Half,

    /// <summary>A year, e.g. <c>2025</c>.</summary>
    Year,

    /// <summary>A custom window, e.g. <c>2025-12-15..2026-04-02</c>.</summary>
    Custom,
}
