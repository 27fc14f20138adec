using System.CommandLine;
using Tthc.LocalHosting;

namespace Tthc.Cli.Commands;

/// <summary><c>tthc serve [--port N] [--registry FILE]…</c>: the whole pipeline locally.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Cổng HTTP / HTTP port", DefaultValueFactory = _ => 7071 };
        var registry = new Option<FileInfo[]>("--registry") { Description = "Tệp danh mục đơn vị (CSV) / unit registry CSV file(s)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("serve", "Chạy toàn bộ hệ thống tại máy / run the whole pipeline locally") { port, registry };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var host = await LocalHost.StartAsync(
                new LocalHostOptions
                {
                    Port = result.GetValue(port),
                    RegistryFiles = [.. (result.GetValue(registry) ?? []).Select(f => f.FullName)],
                },
                cancellationToken);
            Console.Out.WriteLine(host.Emulator is null
                ? "Storage: Storage:ConnectionString / service URIs from configuration."
                : $"Storage: no Storage:ConnectionString set, so Azurite was started from node_modules (blob {host.Emulator.Ports.Blob}, queue {host.Emulator.Ports.Queue}, table {host.Emulator.Ports.Table}, in memory).");
            Console.Out.WriteLine($"Tthc serve ready: {host.BaseAddress}api/ (Ctrl+C to stop)");
            await host.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}
