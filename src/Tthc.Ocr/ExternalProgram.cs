using System.ComponentModel;
using System.Diagnostics;

namespace Tthc.Ocr;

/// <summary>
/// Runs a local program (tesseract, pdftoppm) with its arguments, bytes on standard input, and reads its standard
/// output as bytes. Cancellation kills it (and its children); its peak memory is sampled while it runs.
/// </summary>
internal static class ExternalProgram
{
    /// <summary>Runs <paramref name="fileName"/>; throws <see cref="Win32Exception"/> when it is not installed.</summary>
    public static async Task<ProgramRun> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        ReadOnlyMemory<byte> input,
        IReadOnlyDictionary<string, string>? environment,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new Win32Exception($"{fileName} did not start.");
        var clock = Stopwatch.StartNew();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = SampleAsync(process, p => peak = Math.Max(peak, p), sampling.Token);
        try
        {
            var output = new MemoryStream();
            var stdout = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            try
            {
                await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken);
            }
            catch (IOException)
            {
                // The program stopped reading (it failed early): its exit code and stderr say why.
            }

            process.StandardInput.Close();
            await Task.WhenAll(stdout, stderr);
            await process.WaitForExitAsync(cancellationToken);
            return new ProgramRun(process.ExitCode, output.ToArray(), await stderr, clock.Elapsed, peak);
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            throw;
        }
        finally
        {
            await sampling.CancelAsync();
            await sampler;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static async Task SampleAsync(Process process, Action<long> record, CancellationToken cancellationToken)
    {
        // PeakWorkingSet64 is the kernel's high-water mark (VmHWM): sampling it now and then misses nothing but the last instants.
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                process.Refresh();
                if (process.HasExited)
                {
                    return;
                }

                record(process.PeakWorkingSet64);
                await Task.Delay(50, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (InvalidOperationException)
            {
                return;
            }
        }
    }
}
