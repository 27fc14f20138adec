using System.CommandLine;
using Tthc.LocalHosting;

namespace Tthc.Cli.Commands;

/// <summary><c>tthc serve [--port N] [--registry FILE]… [--Section:Key=value]…</c>: the whole pipeline locally.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Cổng HTTP / HTTP port", DefaultValueFactory = _ => 7071 };
        var registry = new Option<FileInfo[]>("--registry") { Description = "Tệp danh mục đơn vị (CSV) / unit registry CSV file(s)", AllowMultipleArgumentsPerToken = true };
        var keyFile = new Option<FileInfo>("--admin-key-file")
        {
            Description = "Nơi giữ khóa quản trị khi chưa đặt Auth:AdminKey / where the admin key is kept when Auth:AdminKey is not set",
            DefaultValueFactory = _ => new FileInfo(AdminKeySource.DefaultFile),
        };
        var command = new Command("serve", "Chạy toàn bộ hệ thống tại máy / run the whole pipeline locally") { port, registry, keyFile };

        // Anything else (--Storage:ConnectionString=…, --ParseQueue=…) is configuration, as in any .NET host.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => LocalHostCommand.RunAsync(
            new LocalHostOptions
            {
                Port = result.GetValue(port),
                RegistryFiles = [.. (result.GetValue(registry) ?? []).Select(f => f.FullName)],
                Args = [.. result.UnmatchedTokens],
                AdminKeyFile = result.GetValue(keyFile)!.FullName,
            },
            async host =>
            {
                Console.Out.WriteLine(host.Emulator is null
                    ? "Storage: Storage:ConnectionString / service URIs from configuration."
                    : $"Storage: no Storage:ConnectionString set, so Azurite was started from node_modules (blob {host.Emulator.Ports.Blob}, queue {host.Emulator.Ports.Queue}, table {host.Emulator.Ports.Table}, in memory).");
                Console.Out.WriteLine(host.AdminKey.Origin switch
                {
                    AdminKeyOrigin.Setting => "Admin key: the Auth:AdminKey setting.",
                    AdminKeyOrigin.File => $"Admin key: kept in {host.AdminKey.File} (made by an earlier run; delete the file for a new one).",
                    _ => $"Admin key (shown once, kept in {host.AdminKey.File}): {host.AdminKey.Key}",
                });
                foreach (var (part, status) in (await DoctorCommand.CheckAsync(host.Services, cancellationToken)).Where(c => !c.Status.Available))
                {
                    await Console.Error.WriteLineAsync($"Cảnh báo / warning: {part}: {status.Description} — bản quét PDF sẽ chờ needs-ocr / scanned PDFs will wait as needs-ocr.");
                }

                Console.Out.WriteLine($"Tthc serve ready: {host.BaseAddress}api/ (Ctrl+C to stop)");
                Console.Out.WriteLine($"Web app / Trang web: {host.BaseAddress}");
                await host.WaitForShutdownAsync(cancellationToken);
                if (host.StorageLost)
                {
                    await Console.Error.WriteLineAsync("Azurite, which serve started, died and could not be started again: serve stopped. Run `npm ci` and start serve again, or set Storage__ConnectionString.");
                    return ExitCodes.StorageLost;
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
