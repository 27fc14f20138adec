namespace Tthc.Pipeline;

/// <summary>Settings of the rollup: when the scheduled run happens and the reporting deadline.</summary>
public sealed class RollupOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Rollup";

    /// <summary>
    /// The setting holding <see cref="Schedule"/>: flat (not <c>Rollup:Schedule</c>) because the Functions timer binds
    /// it as <c>%RollupSchedule%</c>, and binding expressions resolve only flat app settings. One setting for the
    /// timer and these options.
    /// </summary>
    public const string ScheduleSetting = "RollupSchedule";

    /// <summary>
    /// Six-field cron in UTC (Azure's timer is UTC on Linux/Flex): <c>0 0 18 * * *</c> is 01:00 in Vietnam (UTC+7).
    /// Set by <see cref="ScheduleSetting"/>.
    /// </summary>
    public string Schedule { get; set; } = "0 0 18 * * *";

    /// <summary>
    /// Days after a period's data window closes by which a unit's report is due; null = no timeliness check.
    /// (Decree 09/2019 leaves the deadline to the receiving office, so it is configuration.)
    /// </summary>
    public int? DeadlineDaysAfterWindow { get; set; } = 5;
}
