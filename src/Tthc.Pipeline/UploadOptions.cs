using System.ComponentModel.DataAnnotations;
using Tthc.Core.Extraction;

namespace Tthc.Pipeline;

/// <summary>Limits on uploads.</summary>
public sealed class UploadOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Upload";

    /// <summary>
    /// Largest file accepted, in bytes. Defaults to what the readers accept at all (<see cref="ExtractionLimits.MaxFileBytes"/>),
    /// so nothing is stored only to be refused by the parser.
    /// </summary>
    [Range(1, 1_073_741_824)]
    public long MaxFileBytes { get; set; } = ExtractionLimits.Default.MaxFileBytes;

    /// <summary>
    /// Largest unit registry file accepted (<c>PUT /api/registry/{province}</c>), in bytes: 16 MB holds some 130,000 units,
    /// far more than a province has; a larger body is answered 413 before it is read.
    /// </summary>
    [Range(1, 1_073_741_824)]
    public long MaxRegistryBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// How long a URL of <c>POST /api/reports/{unit}/upload-url</c> stays valid: long enough to send one file, short
    /// enough that a leaked URL is soon worthless (at most a day; a user delegation key lives at most seven).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UrlLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Files up to this size, in bytes, travel in the parse request itself (<see cref="Ports.ParseRequest.Content"/>), which
    /// saves the worker one blob read per report; 0 sends none. At most 24 KiB: a queue message holds 64 KiB, and the bytes
    /// are Base64-encoded twice (in the JSON, then the message).
    /// </summary>
    [Range(0, MaxInlineBytes)]
    public int InlineBytes { get; set; } = 16 * 1024;

    /// <summary>The largest <see cref="InlineBytes"/> allowed.</summary>
    public const int MaxInlineBytes = 24 * 1024;
}
