namespace Tthc.Core.Submissions;

/// <summary>
/// Which upload of a unit's report for a period counts (DOMAIN.md, "Rollups": the latest accepted version): the
/// later upload wins; the same instant is settled by submission id, so every worker decides alike whatever order
/// the uploads are processed in.
/// </summary>
/// <param name="SubmissionId">The submission.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
public sealed record ReportVersion(string SubmissionId, DateTimeOffset UploadedAt)
{
    /// <summary>Whether this version replaces <paramref name="current"/> (the one whose rows are stored now).</summary>
    public bool Supersedes(ReportVersion current)
        => UploadedAt > current.UploadedAt
            || (UploadedAt == current.UploadedAt && string.CompareOrdinal(current.SubmissionId, SubmissionId) <= 0);
}
