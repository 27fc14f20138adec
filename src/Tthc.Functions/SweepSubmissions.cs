using Microsoft.Azure.Functions.Worker;

namespace Tthc.Functions;

/// <summary>
/// Queues again the submissions left <c>received</c> (their parse request was lost). The schedule is the app setting
/// <c>SweepSchedule</c>, a UTC cron; the age that counts as left is <c>Worker__SweepAfter</c>.
/// </summary>
public sealed class SweepSubmissions(Pipeline.Processing.SweepSubmissions sweep)
{
    [Function(nameof(SweepSubmissions))]
    public Task RunAsync([TimerTrigger(SettingExpressions.SweepSchedule)] TimerInfo timer, CancellationToken cancellationToken)
        => sweep.ExecuteAsync(cancellationToken);
}
