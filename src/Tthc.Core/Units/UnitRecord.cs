namespace Tthc.Core.Units;

/// <summary>One row of a unit registry: a unit's name, level and parents over one validity window.</summary>
/// <param name="Code">National unit code, <c>[a-z0-9-]+</c>.</param>
/// <param name="Name">Vietnamese name with diacritics.</param>
/// <param name="Level">Administrative level.</param>
/// <param name="Province">Code of the province the unit belongs to in this window.</param>
/// <param name="Parent">Code of the direct parent (a province, or a district before 2025-07-01); null for a province.</param>
/// <param name="ValidFrom">First day the row holds; null = open.</param>
/// <param name="ValidTo">Last day the row holds; null = open.</param>
/// <param name="Aliases">Other names the unit is written as.</param>
public sealed record UnitRecord(
    string Code,
    string Name,
    UnitLevel Level,
    string Province,
    string? Parent,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<string> Aliases)
{
    /// <summary>Whether this row is in force on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date)
        => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}
