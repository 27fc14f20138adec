using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Tthc.Api;
using Tthc.LocalHosting.Emulator;
using Tthc.Pipeline;
using Tthc.Pipeline.Registry;
using Tthc.Storage;
using Tthc.Web;

namespace Tthc.LocalHosting;

/// <summary>
/// The whole pipeline in one process: the HTTP API, the parse-queue worker, the incoming-blob watcher and the
/// scheduled rollup, against configured storage or an Azurite it starts itself.
/// </summary>
public sealed class LocalHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalHost(WebApplication app, AzuriteEmulator? emulator, Uri baseAddress)
    {
        this.app = app;
        Emulator = emulator;
        BaseAddress = baseAddress;
    }

    /// <summary>The base address of the web app (and of the API under <c>api/</c>), e.g. http://127.0.0.1:7071/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The Azurite this host started, if it started one.</summary>
    public AzuriteEmulator? Emulator { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Builds and starts the host.</summary>
    public static async Task<LocalHost> StartAsync(LocalHostOptions options, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = options.Args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.Logging.SetMinimumLevel(options.LogLevel);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Azure", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);

        AzuriteEmulator? emulator = null;
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (!storage.IsConfigured)
        {
            emulator = await AzuriteEmulator.StartAsync(new AzuriteOptions(), cancellationToken);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = emulator.ConnectionString });
        }

        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        if (options.Time is not null)
        {
            builder.Services.AddSingleton(options.Time);
        }

        builder.Services.AddTthcPipeline(builder.Configuration).AddTthcStorage(builder.Configuration).AddTthcApi().AddTthcWebApp();
        builder.Services.AddHostedService<ParseQueueWorker>();
        builder.Services.AddHostedService<IncomingBlobWatcher>();
        builder.Services.AddHostedService<RollupScheduler>();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapTthcApi();
        app.MapTthcWebApp();

        try
        {
            await app.Services.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(cancellationToken);
            var import = app.Services.GetRequiredService<ImportUnitRegistry>();
            foreach (var file in options.RegistryFiles)
            {
                await import.ExecuteAsync(Path.GetFileNameWithoutExtension(file), await File.ReadAllTextAsync(file, cancellationToken), cancellationToken);
            }

            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            if (emulator is not null)
            {
                await emulator.DisposeAsync();
            }

            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalHost(app, emulator, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    /// <summary>Waits until the host is asked to stop (Ctrl+C).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync();
        }
    }
}
