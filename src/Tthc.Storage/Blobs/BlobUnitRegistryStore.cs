using System.Text;
using Azure;
using Azure.Storage.Blobs.Models;
using Tthc.Core.Units;
using Tthc.Pipeline.Ports;

namespace Tthc.Storage.Blobs;

/// <summary>
/// Registry files kept as <c>reports/registry/{name}.csv</c>. The merged registry is reused for
/// <see cref="StorageOptions.RegistryCacheDuration"/>, then reloaded only if the set of files or their ETags changed.
/// A file saved through this instance is visible at once.
/// </summary>
public sealed class BlobUnitRegistryStore(StorageClients clients, TimeProvider time) : IUnitRegistryStore
{
    private const string Prefix = "registry/";
    private readonly SemaphoreSlim gate = new(1, 1);
    private (string Signature, UnitRegistry Registry, DateTimeOffset CheckedAt)? cache;

    /// <inheritdoc />
    public async Task<UnitRegistry> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache is { } fresh && time.GetUtcNow() - fresh.CheckedAt < clients.Options.RegistryCacheDuration)
        {
            return fresh.Registry;
        }

        var items = new List<BlobItem>();
        await foreach (var item in clients.Reports.GetBlobsAsync(BlobTraits.None, BlobStates.None, Prefix, cancellationToken))
        {
            items.Add(item);
        }

        var signature = string.Join(';', items.OrderBy(i => i.Name, StringComparer.Ordinal).Select(i => $"{i.Name}@{i.Properties.ETag}"));
        if (cache is { } hit && hit.Signature == signature)
        {
            cache = hit with { CheckedAt = time.GetUtcNow() };
            return hit.Registry;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cache is { } again && again.Signature == signature)
            {
                return again.Registry;
            }

            var records = new List<UnitRecord>();
            foreach (var item in items)
            {
                var content = await clients.Reports.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken);
                records.AddRange(UnitRegistryCsv.Parse(Encoding.UTF8.GetString(content.Value.Content.ToMemory().Span), item.Name[Prefix.Length..]));
            }

            var registry = new UnitRegistry(records);
            cache = (signature, registry, time.GetUtcNow());
            return registry;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task<string?> GetFileAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await clients.Reports.GetBlobClient(Prefix + FileName(name)).DownloadContentAsync(cancellationToken);
            return Encoding.UTF8.GetString(content.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(string name, string csvText, CancellationToken cancellationToken = default)
    {
        await clients.Reports.GetBlobClient(Prefix + FileName(name)).UploadAsync(BinaryData.FromString(csvText), overwrite: true, cancellationToken);
        cache = null;
    }

    private static string FileName(string name) => name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? name : name + ".csv";
}
