using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Azure.Storage.Sas;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Blobs;

/// <summary>
/// Signs write-only URLs (create and write, nothing else) for one blob of the reports container. How depends on how the
/// client was built: with an account key (Azurite, a connection string) the SAS is signed with that key; with the app's
/// managed identity (Azure, no keys) it is a user-delegation SAS signed with a user delegation key, which needs the
/// identity to hold Storage Blob Delegator on the account. The delegation key is reused while it outlives the URL it signs.
/// </summary>
public sealed class BlobUploadUrlIssuer(StorageClients clients, TimeProvider time) : IUploadUrlIssuer
{
    // A delegation key lives at most seven days; a day's key serves every URL of the day with one call to the storage service.
    private static readonly TimeSpan DelegationKeyLifetime = TimeSpan.FromDays(1);

    // Clocks differ between this host and the storage service: the signature is valid from a little before now.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private volatile UserDelegationKey? delegationKey;

    /// <inheritdoc />
    public async Task<UploadUrl> IssueAsync(string blobName, DateTimeOffset expiresOn, CancellationToken cancellationToken = default)
    {
        var blob = clients.Reports.GetBlobClient(blobName);
        var sas = new BlobSasBuilder(BlobSasPermissions.Create | BlobSasPermissions.Write, expiresOn)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = time.GetUtcNow() - ClockSkew,
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        var url = blob.CanGenerateSasUri
            ? blob.GenerateSasUri(sas)
            : blob.GenerateUserDelegationSasUri(sas, await DelegationKeyAsync(expiresOn, cancellationToken));
        return new UploadUrl(url, $"{blob.BlobContainerName}/{blob.Name}");
    }

    private async Task<UserDelegationKey> DelegationKeyAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        // No lock: two requests racing for a fresh key both get one, and either serves.
        if (delegationKey is { } key && key.SignedExpiresOn >= until)
        {
            return key;
        }

        var now = time.GetUtcNow();
        var options = new BlobGetUserDelegationKeyOptions(Max(now + DelegationKeyLifetime, until)) { StartsOn = now - ClockSkew };
        var fresh = (await clients.Reports.GetParentBlobServiceClient().GetUserDelegationKeyAsync(options, cancellationToken)).Value;
        delegationKey = fresh;
        return fresh;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
