using Cronos;
using Microsoft.Extensions.Options;
using Tthc.Pipeline;
using Tthc.Pipeline.Rollups;

namespace Tthc.LocalHosting;

/// <summary>
/// The local twin of the <c>NightlyRollup</c> timer: rebuilds changed province-periods on the UTC cron of
/// <see cref="RollupOptions.Schedule"/>. A run that fails, whatever the fault, is logged and the next run comes as
/// scheduled: one run never stops <c>serve</c>.
/// </summary>
internal sealed partial class RollupScheduler(
    BuildChangedRollups buildChanged,
    IOptions<RollupOptions> options,
    TimeProvider time,
    ILogger<RollupScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cron = CronExpression.Parse(options.Value.Schedule, CronFormat.IncludeSeconds);
        LogScheduled(options.Value.Schedule);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var next = cron.GetNextOccurrence(now.UtcDateTime, TimeZoneInfo.Utc);
            if (next is null)
            {
                return;
            }

            try
            {
                await Task.Delay(next.Value - now.UtcDateTime, time, stoppingToken);
                await buildChanged.ExecuteAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRunFailed(ex, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled rollup on cron '{Schedule}' (UTC)")]
    private partial void LogScheduled(string schedule);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled rollup failed: {Reason}; next run as scheduled")]
    private partial void LogRunFailed(Exception exception, string reason);
}
