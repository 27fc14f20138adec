using Cronos;

namespace Tthc.LocalHosting;

/// <summary>
/// The local twin of a Functions timer: runs <see cref="RunAsync"/> on a six-field UTC cron. A run that fails, whatever
/// the fault, is logged and the next run comes as scheduled: one run never stops <c>serve</c>.
/// </summary>
/// <param name="name">The job's name in the log (the Functions timer's name).</param>
/// <param name="schedule">Six-field cron expression, UTC.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">Where runs and failures are logged.</param>
internal abstract partial class ScheduledJob(string name, string schedule, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>One run of the job.</summary>
    protected abstract Task RunAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var cron = CronExpression.Parse(schedule, CronFormat.IncludeSeconds);
        LogScheduled(name, schedule);
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
                await RunAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRunFailed(ex, name, ex.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job} scheduled on cron '{Schedule}' (UTC)")]
    private partial void LogScheduled(string job, string schedule);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} run failed: {Reason}; next run as scheduled")]
    private partial void LogRunFailed(Exception exception, string job, string reason);
}
