using System.ComponentModel.DataAnnotations;

namespace Tthc.Pipeline;

/// <summary>
/// The parse-queue policy. <c>serve</c>'s worker applies it; in Azure, host.json's
/// <c>extensions.queues</c> carries the same numbers (a test keeps the two equal).
/// </summary>
public sealed class WorkerOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Worker";

    /// <summary>Deliveries before a message goes to the poison queue (Azure's default is 5).</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>How long a failed message stays invisible before it is retried.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages fetched per poll.</summary>
    [Range(1, 32)]
    public int BatchSize { get; set; } = 16;

    /// <summary>
    /// Files larger than this many bytes are read only <see cref="MaxLargeFilesAtOnce"/> at a time (per instance): reading
    /// one takes several times its size in memory, and the queue may deliver <see cref="BatchSize"/> of them together.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long LargeFileBytes { get; set; } = 1024 * 1024;

    /// <summary>How many large files (<see cref="LargeFileBytes"/>) are read at once; the others wait their turn.</summary>
    [Range(1, 32)]
    public int MaxLargeFilesAtOnce { get; set; } = 2;

    /// <summary>Longest wait between polls of an empty queue.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The setting holding <see cref="SweepSchedule"/>: flat, because the Functions timer <c>SweepSubmissions</c> binds it as
    /// <c>%SweepSchedule%</c>. One setting for the timer and <c>serve</c>'s sweeper.
    /// </summary>
    public const string SweepScheduleSetting = "SweepSchedule";

    /// <summary>Six-field UTC cron of the sweeper that queues again submissions left <c>received</c> (every five minutes by default).</summary>
    public string SweepSchedule { get; set; } = "0 */5 * * * *";

    /// <summary>
    /// How long a submission may stay <c>received</c> since it was last queued before the sweeper queues it again: longer
    /// than every delivery of a message can take (<see cref="MaxDequeueCount"/> × <see cref="VisibilityTimeout"/>) plus a backlog.
    /// </summary>
    public TimeSpan SweepAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often <c>serve</c> looks for files written straight into <c>reports/incoming/</c>.</summary>
    public TimeSpan IncomingScanInterval { get; set; } = TimeSpan.FromSeconds(2);
}
