using Tthc.LocalHosting.Emulator;

[assembly: AssemblyFixture(typeof(Tthc.Testing.AzuriteFixture))]

namespace Tthc.Testing;

/// <summary>(Linked into each test project that needs storage.) One in-memory Azurite for the whole test run, on free ports; each test uses its own container, queue and table names.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteEmulator? emulator;

    public string ConnectionString => emulator?.ConnectionString ?? throw new InvalidOperationException("Azurite is not started.");

    public async ValueTask InitializeAsync() => emulator = await AzuriteEmulator.StartAsync(new AzuriteOptions(), TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }
}
