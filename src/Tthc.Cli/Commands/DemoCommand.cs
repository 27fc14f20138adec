using System.CommandLine;
using Spectre.Console;
using Tthc.Cli.Demo;
using Tthc.Core.Indicators;
using Tthc.LocalHosting;

namespace Tthc.Cli.Commands;

/// <summary><c>tthc demo</c>: starts everything, loads a synthetic province, sends its reports, shows the rollup.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Cổng HTTP / HTTP port", DefaultValueFactory = _ => 7071 };
        var exit = new Option<bool>("--exit") { Description = "Thoát sau khi in kết quả / exit after printing instead of serving on" };
        var command = new Command("demo", "Chạy thử với một tỉnh mẫu (dữ liệu giả lập) / run the demo on a synthetic province") { port, exit };
        command.SetAction(async (result, cancellationToken) =>
        {
            AnsiConsole.MarkupLine("[bold]Tthc Reports — demo[/]: khởi động / starting (Azurite, API, worker)…");
            return await LocalHostCommand.RunAsync(
                new LocalHostOptions { Port = result.GetValue(port), LogLevel = LogLevel.Warning },
                async host =>
                {
                    await new DemoRunner(host.BaseAddress, host.AdminKey.Key, AnsiConsole.Console, host.Services.GetRequiredService<IndicatorCatalog>()).RunAsync(cancellationToken);
                    AnsiConsole.MarkupLine($"Truy vấn / query: [link]{host.BaseAddress}api/rollups/{DemoRunner.Province}/{DemoRunner.Period}[/]  ·  [link]{host.BaseAddress}api/rollups/{DemoRunner.Province}/{DemoRunner.Period}/units[/]");
                    if (!result.GetValue(exit))
                    {
                        if (host.AdminKey.Origin == AdminKeyOrigin.Generated)
                        {
                            AnsiConsole.MarkupLine($"Khóa quản trị của lần chạy này / this run's admin key: [bold]{Markup.Escape(host.AdminKey.Key)}[/] (Authorization: Bearer …).");
                        }

                        AnsiConsole.MarkupLine("Đang phục vụ; nhấn Ctrl+C để dừng / serving on; Ctrl+C to stop.");
                        await host.WaitForShutdownAsync(cancellationToken);
                    }

                    return ExitCodes.Ok;
                },
                cancellationToken);
        });
        return command;
    }
}
