using Tthc.LocalHosting.Emulator;
using Tthc.Pipeline.Registry;
using Tthc.Storage;

namespace Tthc.LocalHosting;

/// <summary>
/// Watches the Azurite that <c>serve</c> started itself: when it dies, it is started again on the same ports, the
/// containers, queues and tables are created again and the registry files given at start are loaded again — and the
/// log says so (its data was in memory: submissions and rollups from before are gone). When it cannot be started
/// again, the host stops with <see cref="StorageLost"/> set (<c>serve</c> then exits with code 4) instead of
/// answering 500 to every request.
/// </summary>
internal sealed partial class EmulatorSupervisor(
    AzuriteEmulator emulator,
    StorageProvisioner provisioner,
    ImportUnitRegistry import,
    LocalHostOptions options,
    IHostApplicationLifetime lifetime,
    ILogger<EmulatorSupervisor> logger) : BackgroundService
{
    /// <summary>Restarts allowed before giving up: a storage that keeps dying is not one to serve from.</summary>
    private const int MaxRestarts = 3;

    /// <summary>True when Azurite died and could not be started again: the host is stopping.</summary>
    public bool StorageLost { get; private set; }

    /// <summary>How many times Azurite was started again.</summary>
    public int Restarts { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int exitCode;
            try
            {
                exitCode = await emulator.WaitForUnexpectedExitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            LogDied(exitCode);
            try
            {
                if (Restarts >= MaxRestarts)
                {
                    throw new InvalidOperationException($"Azurite died {Restarts + 1} times.");
                }

                await emulator.RestartAsync(stoppingToken);
                await provisioner.EnsureCreatedAsync(stoppingToken);
                await LocalHost.LoadRegistryFilesAsync(import, options.RegistryFiles, stoppingToken);

                Restarts++;
                LogRestarted(emulator.Ports.Blob, emulator.Ports.Queue, emulator.Ports.Table);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                StorageLost = true;
                LogGivingUp(ex, ex.Message);
                lifetime.StopApplication();
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Azurite (started by serve) exited with code {ExitCode}: starting it again")]
    private partial void LogDied(int exitCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azurite started again (blob {Blob}, queue {Queue}, table {Table}); its data was in memory: earlier submissions and rollups are gone, the registry files given at start are loaded again")]
    private partial void LogRestarted(int blob, int queue, int table);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Azurite could not be started again ({Reason}): serve stops (exit code 4)")]
    private partial void LogGivingUp(Exception exception, string reason);
}
