using Tthc.Pipeline;
using Tthc.Storage;

namespace Tthc.Functions;

/// <summary>
/// The binding expressions of the triggers, built from the options' own setting names, so a trigger and the code
/// it calls read one setting. The Functions host resolves <c>%Name%</c> from app settings (not from the worker's
/// configuration), and the scale controller only flat names: hence flat settings, not <c>Section__Key</c>.
/// </summary>
internal static class SettingExpressions
{
    /// <summary>The parse queue, <c>%ParseQueue%</c>.</summary>
    public const string ParseQueue = "%" + StorageOptions.ParseQueueSetting + "%";

    /// <summary>Its poison queue, named as the queue extension names it.</summary>
    public const string PoisonQueue = ParseQueue + StorageOptions.PoisonQueueSuffix;

    /// <summary>Uploads: <c>%ReportsContainer%/incoming/{unitCode}/{fileName}</c>.</summary>
    public const string IncomingBlob = "%" + StorageOptions.ReportsContainerSetting + "%/" + Pipeline.Ports.IncomingBlob.Folder + "/{unitCode}/{fileName}";

    /// <summary>The nightly rollup's UTC cron, <c>%RollupSchedule%</c>.</summary>
    public const string RollupSchedule = "%" + RollupOptions.ScheduleSetting + "%";

    /// <summary>The sweeper's UTC cron, <c>%SweepSchedule%</c>.</summary>
    public const string SweepSchedule = "%" + WorkerOptions.SweepScheduleSetting + "%";
}
