using Tthc.LocalHosting;
using Tthc.LocalHosting.Emulator;

namespace Tthc.Cli.Commands;

/// <summary>How <c>serve</c>, <c>demo</c> and <c>bench</c> start the local host: one line and <see cref="ExitCodes.EmulatorUnavailable"/> when Azurite cannot start.</summary>
internal static class LocalHostCommand
{
    public static async Task<int> RunAsync(LocalHostOptions options, Func<LocalHost, Task<int>> run, CancellationToken cancellationToken)
    {
        LocalHost host;
        try
        {
            host = await LocalHost.StartAsync(options, cancellationToken);
        }
        catch (EmulatorUnavailableException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.EmulatorUnavailable;
        }

        await using (host)
        {
            return await run(host);
        }
    }
}
