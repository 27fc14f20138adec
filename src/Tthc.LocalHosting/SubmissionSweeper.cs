using Microsoft.Extensions.Options;
using Tthc.Pipeline;
using Tthc.Pipeline.Processing;

namespace Tthc.LocalHosting;

/// <summary>The local twin of the <c>SweepSubmissions</c> timer: queues again submissions left <c>received</c>, on the UTC cron of <see cref="WorkerOptions.SweepSchedule"/>.</summary>
internal sealed class SubmissionSweeper(
    SweepSubmissions sweep,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<SubmissionSweeper> logger) : ScheduledJob("SweepSubmissions", options.Value.SweepSchedule, time, logger)
{
    /// <inheritdoc />
    protected override Task RunAsync(CancellationToken cancellationToken) => sweep.ExecuteAsync(cancellationToken);
}
