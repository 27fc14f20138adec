using Microsoft.Extensions.Options;
using Tthc.Pipeline;
using Tthc.Pipeline.Rollups;

namespace Tthc.LocalHosting;

/// <summary>The local twin of the <c>NightlyRollup</c> timer: rebuilds changed province-periods on the UTC cron of <see cref="RollupOptions.Schedule"/>.</summary>
internal sealed class RollupScheduler(
    BuildChangedRollups buildChanged,
    IOptions<RollupOptions> options,
    TimeProvider time,
    ILogger<RollupScheduler> logger) : ScheduledJob("NightlyRollup", options.Value.Schedule, time, logger)
{
    /// <inheritdoc />
    protected override Task RunAsync(CancellationToken cancellationToken) => buildChanged.ExecuteAsync(cancellationToken);
}
