using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Tthc.Storage.Tests;

/// <summary>The Storage adapters as hosts register them (<c>AddTthcStorage</c>), on Azurite, with names of their own.</summary>
internal static class StorageServices
{
    public static async Task<ServiceProvider> CreateAsync(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["ReportsContainer"] = "reports-" + suffix,
            ["ParseQueue"] = "parse-" + suffix,
            ["Storage:TablePrefix"] = "t" + suffix,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddTthcStorage(configuration).BuildServiceProvider();
        await services.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return services;
    }
}
