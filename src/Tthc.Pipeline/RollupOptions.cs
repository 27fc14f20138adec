namespace Tthc.Pipeline;

/// <summary>Settings of the rollup: when the scheduled run happens and the reporting deadline.</summary>
public sealed class RollupOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Rollup";

    /// <summary>
    /// Six-field cron in UTC (Azure's timer is UTC on Linux/Flex): <c>0 0 18 * * *</c> is 01:00 in Vietnam (UTC+7).
    /// </summary>
    public string Schedule { get; set; } = "0 0 18 * * *";

    /// <summary>
    /// Days after a period's data window closes by which a unit's report is due; null = no timeliness check.
    /// (Decree 09/2019 leaves the deadline to the receiving office, so it is configuration.)
    /// </summary>
    public int? DeadlineDaysAfterWindow { get; set; } = 5;
}
