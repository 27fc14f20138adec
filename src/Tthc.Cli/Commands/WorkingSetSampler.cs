using System.Diagnostics;

namespace Tthc.Cli.Commands;

/// <summary>
/// The bench's memory figure: samples this process's working set (serve runs in it) every 50 ms and keeps the peak,
/// from a baseline taken at start (after a full collection, as idle as the process gets).
/// </summary>
internal sealed class WorkingSetSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new(); // not disposed: a CancellationTokenSource without timers holds nothing
    private readonly Task sampling;
    private long peak;

    private WorkingSetSampler()
    {
        Idle = Current();
        peak = Idle;
        sampling = SampleAsync(stop.Token);
    }

    /// <summary>The working set when sampling started, in bytes.</summary>
    public long Idle { get; }

    /// <summary>The highest working set seen, in bytes.</summary>
    public long Peak => Interlocked.Read(ref peak);

    /// <summary>Collects garbage, takes the baseline and starts sampling.</summary>
    public static WorkingSetSampler Start()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return new WorkingSetSampler();
    }

    /// <summary>The working set now, in bytes.</summary>
    public static long Current()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    /// <summary>Idle, peak and the rise in MB, one line.</summary>
    public string Describe()
        => System.FormattableString.Invariant($"idle {Idle / 1048576.0:F0} MB, peak {Peak / 1048576.0:F0} MB (+{(Peak - Idle) / 1048576.0:F0} MB)");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (sampling.IsCompleted)
        {
            return;
        }

        await stop.CancelAsync();
        await sampling;
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = Current();
            if (now > Interlocked.Read(ref peak))
            {
                Interlocked.Exchange(ref peak, now);
            }

            try
            {
                await Task.Delay(50, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
