namespace Tthc.Storage;

/// <summary>Creates the container, queues and tables if they are missing (local hosts; in Azure the Bicep does it).</summary>
public sealed class StorageProvisioner(StorageClients clients)
{
    /// <summary>Creates whatever is missing.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        await clients.Reports.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await clients.ParseQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await clients.PoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await clients.Submissions.CreateIfNotExistsAsync(cancellationToken);
        await clients.IndicatorValues.CreateIfNotExistsAsync(cancellationToken);
        await clients.Rollups.CreateIfNotExistsAsync(cancellationToken);
        await clients.UnitHistory.CreateIfNotExistsAsync(cancellationToken);
        await clients.AccessKeys.CreateIfNotExistsAsync(cancellationToken);
        await clients.Audit.CreateIfNotExistsAsync(cancellationToken);
    }
}
