namespace Tthc.Pipeline.Ports;

/// <summary>
/// Signs a short-lived URL that may create or overwrite ONE blob of the reports container and do nothing else (no
/// read, list or delete). One blob, not a folder: a folder-scoped SAS needs a hierarchical namespace.
/// </summary>
public interface IUploadUrlIssuer
{
    /// <summary>A write-only URL for <paramref name="blobName"/> (e.g. <c>incoming/{unit}/{file}</c>) valid until <paramref name="expiresOn"/>.</summary>
    Task<UploadUrl> IssueAsync(string blobName, DateTimeOffset expiresOn, CancellationToken cancellationToken = default);
}
