using Microsoft.Extensions.Options;
using Tthc.Core.Access;
using Tthc.Pipeline.Audit;
using Tthc.Pipeline.Ports;

namespace Tthc.Pipeline.Ingestion;

/// <summary>
/// The blob path's credential: a short-lived URL that lets its holder write one file into
/// <c>incoming/{unit}/{file}</c> and nothing else, so the blob trigger may trust the folder a file arrives in. The file
/// name obeys the upload rules of <see cref="IngestUpload"/>; who asked for which blob is appended to the audit log, which
/// links the caller's key to the blob the trigger later ingests.
/// </summary>
public sealed class IssueUploadUrl(IngestUpload ingest, IUploadUrlIssuer issuer, IUnitRegistryStore registry, IAuditLog audit, IOptions<UploadOptions> options, TimeProvider time)
{
    /// <summary>Signs the URL for <paramref name="fileName"/> of <paramref name="unitCode"/> for <paramref name="by"/> (already authorized for the unit).</summary>
    /// <exception cref="UploadRejectedException">The unit code or file name breaks an upload rule.</exception>
    public async Task<IssuedUploadUrl> ExecuteAsync(Caller by, string unitCode, string fileName, CancellationToken cancellationToken = default)
    {
        ingest.Check(unitCode, fileName, length: null);
        var now = time.GetUtcNow();
        var expiresOn = now + options.Value.UrlLifetime;
        var signed = await issuer.IssueAsync($"{IncomingBlob.Folder}/{unitCode}/{fileName}", expiresOn, cancellationToken);
        var province = (await registry.GetAsync(cancellationToken)).Records.FirstOrDefault(r => r.Code == unitCode)?.Province;
        await audit.AppendAsync(AuditEntry.By(by, now, AuditActions.UploadUrl, province, unitCode, after: $"{signed.BlobPath} until {expiresOn:O}"), cancellationToken);
        return new IssuedUploadUrl(signed.Url, expiresOn, signed.BlobPath);
    }
}
