using System.CommandLine;
using Spectre.Console;
using Tthc.Core.Ocr;
using Tthc.Ocr;
using Tthc.Ocr.Tesseract;

namespace Tthc.Cli.Commands;

/// <summary><c>tthc doctor</c>: says whether what the local pipeline uses is installed (OCR engine, page renderer) and what to install if not.</summary>
internal static class DoctorCommand
{
    public const string Hint = "'tthc doctor' cho biết cần cài gì / says what to install";

    public static Command Create()
    {
        var command = new Command("doctor", "Kiểm tra các chương trình cần cho máy này (OCR) / check what this machine needs (OCR)");
        command.SetAction(async (_, cancellationToken) =>
        {
            await using var services = OfflineServices.Create();
            var checks = await CheckAsync(services, cancellationToken);
            var table = new Table().AddColumns("Thành phần / part", "Trạng thái / status", "Chi tiết / details");
            foreach (var (part, status) in checks)
            {
                table.AddRow(Markup.Escape(part), status.Available ? "[green]sẵn sàng / ready[/]" : "[red]thiếu / missing[/]", Markup.Escape(status.Description));
            }

            AnsiConsole.Write(table);
            var missing = checks.Where(c => !c.Status.Available).ToList();
            if (missing.Count > 0)
            {
                AnsiConsole.MarkupLine("Bản quét PDF sẽ chờ ở trạng thái [yellow]needs-ocr[/] cho đến khi cài / scanned PDFs wait as needs-ocr until you install:");
                AnsiConsole.MarkupLine($"  [bold]{Markup.Escape(TesseractOcrEngine.InstallHint)}[/]");
            }

            return missing.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>The checks of the configured OCR engine and page renderer (none when <c>Ocr:Engine=none</c>).</summary>
    public static async Task<IReadOnlyList<(string Part, OcrEngineStatus Status)>> CheckAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OcrOptions>>().Value;
        if (options.Engine == OcrOptions.None)
        {
            return [("OCR", OcrEngineStatus.Missing("Ocr:Engine=none: bản quét chờ needs-ocr / scans wait as needs-ocr"))];
        }

        var engine = services.GetRequiredService<IOcrEngine>();
        var renderer = services.GetRequiredService<IPageRenderer>();
        var checks = new List<(string, OcrEngineStatus)> { ($"OCR ({engine.Name})", await engine.CheckAsync(cancellationToken)) };
        checks.Add(($"Vẽ trang PDF / page renderer ({renderer.Name})", renderer is PdftoppmPageRenderer program
            ? await program.CheckAsync(cancellationToken)
            : OcrEngineStatus.Ready("ảnh quét trong tệp PDF / the scan images inside the PDF")));
        return checks;
    }
}
