using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace Tthc.Functions.Tests;

/// <summary>The Functions app's host, built as Program.cs builds it (<c>FunctionsApplication.CreateBuilder(args).AddTthcFunctions()</c>), with settings given as arguments.</summary>
internal static class CompositionRoot
{
    /// <summary>Identity-based storage as in Azure: building the clients needs no network.</summary>
    public static readonly IReadOnlyDictionary<string, string> AzureStorage = new Dictionary<string, string>
    {
        ["Storage:BlobServiceUri"] = "https://account.blob.core.windows.net",
        ["Storage:QueueServiceUri"] = "https://account.queue.core.windows.net",
        ["Storage:TableServiceUri"] = "https://account.table.core.windows.net",
        ["Storage:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000000",
    };

    public static IHost Build(IReadOnlyDictionary<string, string> settings)
    {
        var builder = FunctionsApplication.CreateBuilder([.. settings.Select(s => $"--{s.Key}={s.Value}")]);
        builder.AddTthcFunctions();
        return builder.Build();
    }

    public static IHost Build(params (string Key, string Value)[] extra)
        => Build(AzureStorage.Concat(extra.Select(e => KeyValuePair.Create(e.Key, e.Value))).ToDictionary());
}
