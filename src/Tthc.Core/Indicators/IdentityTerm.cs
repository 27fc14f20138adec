namespace Tthc.Core.Indicators;

/// <summary>
/// One term of an <see cref="Identity"/> or of a ratio's numerator or denominator: an indicator code, or (when that
/// code is absent) the sum of the codes that stand for it, e.g. <c>resolved_in_time</c> or <c>resolved_early + resolved_on_time</c>.
/// </summary>
/// <param name="Code">The indicator code of the term.</param>
/// <param name="Instead">Codes whose sum stands for <paramref name="Code"/> when the report gives those instead (all must be present).</param>
/// <param name="Optional">True when the term counts as 0 if the report does not give it (e.g. rejected, withdrawn).</param>
/// <param name="OptionalFrom">The term counts as 0 when absent in periods ending on or after this date (e.g. district-level procedures after the 2025 reform abolished districts).</param>
public sealed record IdentityTerm(string Code, IReadOnlyList<string>? Instead = null, bool Optional = false, DateOnly? OptionalFrom = null)
{
    /// <summary>Every code the term can be read from: its own and those that stand for it.</summary>
    public IEnumerable<string> Codes => Instead is null ? [Code] : [Code, .. Instead];

    /// <summary>Whether the term may be absent (counting as 0) for a period ending on <paramref name="periodEnd"/>.</summary>
    public bool MayBeAbsent(DateOnly? periodEnd) => Optional || (OptionalFrom is { } from && periodEnd is { } end && end >= from);

    /// <summary>The term's value among <paramref name="values"/>: its own code's, else the sum of <see cref="Instead"/> when all are there.</summary>
    public decimal? ValueIn(IReadOnlyDictionary<string, decimal> values)
        => values.TryGetValue(Code, out var own) ? own
            : Instead is { } instead && instead.All(values.ContainsKey) ? instead.Sum(c => values[c])
            : null;
}
