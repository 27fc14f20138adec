using System.Text.Json.Serialization;

namespace Tthc.Pipeline.Submissions;

/// <summary>Where a submission is in its life (CONTRACTS.md: received|parsed|accepted|rejected|failed, and needs-ocr).</summary>
public enum SubmissionStatus
{
    /// <summary>Registered and queued for parsing.</summary>
    Received,

    /// <summary>
    /// Parsed and validated, rows not yet written. Part of the API contract; this pipeline writes the rows and
    /// the accepted status back to back, so it does not store this intermediate state.
    /// </summary>
    Parsed,

    /// <summary>Its rows are in the province-period partition (or were, until a newer version superseded them).</summary>
    Accepted,

    /// <summary>Bad input: findings say why; no rows were written.</summary>
    Rejected,

    /// <summary>
    /// A scanned PDF (or a scanned page of one) waits for OCR, which cannot run here (engine not installed or not
    /// configured); the findings say what is missing. Uploading the same file again once OCR runs reads it.
    /// </summary>
    [JsonStringEnumMemberName("needs-ocr")]
    NeedsOcr,

    /// <summary>Processing kept failing (storage fault, bug): the message is in the poison queue and the reason is recorded.</summary>
    Failed,
}
