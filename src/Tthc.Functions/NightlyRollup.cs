using Microsoft.Azure.Functions.Worker;
using Tthc.Pipeline.Rollups;

namespace Tthc.Functions;

/// <summary>
/// Rebuilds the rollups of the province-periods whose rows changed since their last rollup.
/// The schedule is the app setting <c>RollupSchedule</c>, a UTC cron (Flex/Linux ignores
/// WEBSITE_TIME_ZONE): <c>0 0 18 * * *</c> is 01:00 in Vietnam. A failed run is retried here, at
/// function level (timers have no queue to retry them), rather than waiting a day for the next one.
/// </summary>
public sealed class NightlyRollup(BuildChangedRollups buildChangedRollups)
{
    [Function(nameof(NightlyRollup))]
    [FixedDelayRetry(3, "00:05:00")]
    public Task RunAsync([TimerTrigger(SettingExpressions.RollupSchedule)] TimerInfo timer, CancellationToken cancellationToken)
        => buildChangedRollups.ExecuteAsync(cancellationToken);
}
