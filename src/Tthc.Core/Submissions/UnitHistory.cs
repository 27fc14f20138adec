using Tthc.Core.Periods;

namespace Tthc.Core.Submissions;

/// <summary>
/// A unit's accepted values by period code, for the outlier check against the unit's own history. Keeps the most
/// recent <see cref="KeptPeriods"/> periods.
/// </summary>
/// <param name="Periods">Values by indicator code, by period code.</param>
public sealed record UnitHistory(IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Periods)
{
    /// <summary>How many periods are kept.</summary>
    public const int KeptPeriods = 36;

    /// <summary>No history yet.</summary>
    public static UnitHistory Empty { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, decimal>>());

    /// <summary>The values of the earlier periods of the same kind as <paramref name="period"/> (ended before it began), oldest first.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, decimal>> Before(ReportingPeriod period)
        => [.. Periods
            .Select(h => (Period: ReportingPeriod.TryParse(h.Key, out var p) ? p : null, h.Value))
            .Where(h => h.Period is not null && h.Period.Kind == period.Kind && h.Period.To < period.From)
            .OrderBy(h => h.Period!.To)
            .Select(h => h.Value)];

    /// <summary>The history with <paramref name="values"/> accepted for <paramref name="period"/> (replacing that period's earlier version).</summary>
    public UnitHistory With(string period, IReadOnlyDictionary<string, decimal> values)
    {
        var periods = new Dictionary<string, IReadOnlyDictionary<string, decimal>>(Periods, StringComparer.Ordinal) { [period] = values };
        foreach (var old in periods.Keys.Order(StringComparer.Ordinal).SkipLast(KeptPeriods).ToList())
        {
            periods.Remove(old);
        }

        return new UnitHistory(periods);
    }
}
