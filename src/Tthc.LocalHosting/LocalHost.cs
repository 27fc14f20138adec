using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Tthc.Api;
using Tthc.Core.Access;
using Tthc.Core.Units;
using Tthc.LocalHosting.Emulator;
using Tthc.Ocr;
using Tthc.Pipeline;
using Tthc.Pipeline.Access;
using Tthc.Pipeline.Registry;
using Tthc.Storage;
using Tthc.Web;

namespace Tthc.LocalHosting;

/// <summary>
/// The whole pipeline in one process: the HTTP API, the parse-queue worker, the incoming-blob watcher and the
/// scheduled rollup and sweeper, against configured storage or an Azurite it starts itself.
/// </summary>
public sealed class LocalHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalHost(WebApplication app, AzuriteEmulator? emulator, Uri baseAddress, AdminKeySource adminKey)
    {
        this.app = app;
        Emulator = emulator;
        BaseAddress = baseAddress;
        AdminKey = adminKey;
    }

    /// <summary>The admin key the API accepts and where it came from.</summary>
    public AdminKeySource AdminKey { get; }

    /// <summary>The base address of the web app (and of the API under <c>api/</c>), e.g. http://127.0.0.1:7071/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The Azurite this host started, if it started one.</summary>
    public AzuriteEmulator? Emulator { get; }

    /// <summary>True when the Azurite this host started died and could not be started again (the host has stopped).</summary>
    public bool StorageLost => app.Services.GetService<EmulatorSupervisor>()?.StorageLost ?? false;

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

        var adminKey = AdminKeySource.Resolve(builder.Configuration[$"{AuthOptions.SectionName}:{nameof(AuthOptions.AdminKey)}"], options.AdminKeyFile);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"{AuthOptions.SectionName}:{nameof(AuthOptions.AdminKey)}"] = adminKey.Key });

        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        if (options.Time is not null)
        {
            builder.Services.AddSingleton(options.Time);
        }

        builder.Services.AddTthcOcr(builder.Configuration).AddTthcPipeline(builder.Configuration).AddTthcStorage(builder.Configuration).AddTthcApi().AddTthcWebApp();
        builder.Services.AddHostedService<ParseQueueWorker>();
        builder.Services.AddHostedService<IncomingBlobWatcher>();
        builder.Services.AddHostedService<RollupScheduler>();
        builder.Services.AddHostedService<SubmissionSweeper>();
        if (emulator is not null)
        {
            builder.Services.AddSingleton(emulator).AddSingleton(options).AddSingleton<EmulatorSupervisor>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<EmulatorSupervisor>());
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapTthcApi();
        app.MapTthcWebApp();

        try
        {
            await app.Services.GetRequiredService<StorageProvisioner>().EnsureCreatedAsync(cancellationToken);
            await LoadRegistryFilesAsync(app.Services.GetRequiredService<ImportUnitRegistry>(), options.RegistryFiles, cancellationToken);

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
        return new LocalHost(app, emulator, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/"), adminKey);
    }

    /// <summary>Loads the registry files given at start; a file may hold several provinces: each province's rows become its registry.</summary>
    internal static async Task LoadRegistryFilesAsync(ImportUnitRegistry import, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            foreach (var province in UnitRegistryCsv.Parse(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file)).GroupBy(r => r.Province))
            {
                await import.ExecuteAsync(Caller.LocalHost, province.Key, UnitRegistryCsv.Write(province), confirm: true, cancellationToken);
            }
        }
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
