using System.ComponentModel.DataAnnotations;

namespace Tthc.Pipeline;

/// <summary>Limits on uploads.</summary>
public sealed class UploadOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Upload";

    /// <summary>Largest file accepted, in bytes (a report is kilobytes to a few megabytes).</summary>
    [Range(1, 1_073_741_824)]
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;
}
