using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tthc.Core;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Core.Ocr;
using Tthc.Core.Review;
using Tthc.Core.Validation;

namespace Tthc.Cli.Commands;

/// <summary><c>tthc parse FILE [--json]</c>: reads one report offline and prints the parse result.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp báo cáo / report file (txt, docx, pdf, xlsx, csv, json)" };
        var json = new Option<bool>("--json") { Description = "In đúng JSON kết quả phân tích / print exactly the parse-result JSON" };
        var command = new Command("parse", "Đọc một tệp báo cáo (không cần lưu trữ) / parse one report file offline") { file, json };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(file)!, result.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, bool json, CancellationToken cancellationToken)
    {
        var catalog = IndicatorCatalogFile.ReadBuiltIn();
        ParsedReport report;
        ReviewPolicy policy;
        try
        {
            var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            await using var services = OfflineServices.Create();
            policy = services.GetRequiredService<ReviewPolicy>();
            var parser = ReportParser.CreateDefault(catalog, ExtractionLimits.Default, services.GetRequiredService<ScannedPageReader>());
            report = ReportValidator.CreateDefault(catalog).Validate(await parser.ParseAsync(new ReportFile(file.Name, bytes), cancellationToken));
        }
        catch (Exception ex) when (ex is InputFormatException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return ExitCodes.NotAReport;
        }
        catch (OcrUnavailableException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message} ({DoctorCommand.Hint})");
            return ExitCodes.NeedsOcr;
        }

        if (json)
        {
            Console.Out.WriteLine(ParseResultJson.Serialize(report, catalog));
            return ExitCodes.Ok;
        }

        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(report.File)}[/] ({report.Format}) — {Markup.Escape(report.Unit.Name ?? report.Unit.Code ?? "?")}, {Markup.Escape(report.Unit.Province ?? string.Empty)} — kỳ {Markup.Escape(report.Period?.Label ?? "?")}" +
            (report.Period is { } p ? $" ({p.From:dd/MM/yyyy}–{p.To:dd/MM/yyyy}{(p.Stated ? ", theo báo cáo" : string.Empty)})" : string.Empty));
        var table = new Table().AddColumns("Mã", "Chỉ tiêu", "Giá trị", report.Indicators.Any(v => v.Evidence?.Page is not null) ? "Trang, dòng" : "Dòng");
        foreach (var value in report.Indicators)
        {
            var definition = catalog[value.Code];
            table.AddRow(
                Markup.Escape(value.Code),
                Markup.Escape(definition.Label),
                Markup.Escape(VietnameseNumber.Format(value.Value, definition.Kind) + (definition.Kind == IndicatorKind.Rate ? "%" : string.Empty)),
                value.Derived ? "(tính)" : Where(value.Evidence));
        }

        AnsiConsole.Write(table);
        // The count the submission's review.pending shows for the same file before any decision (the same ReviewPolicy).
        var pending = policy.Apply(report.Indicators, report.Findings, []).Awaiting.Count;
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Chờ xem xét / awaiting review: {pending} (ngưỡng / threshold {policy.Threshold})"));
        if (report.NotValues.Count > 0)
        {
            var setAside = new Table().AddColumns("Số không lấy / set aside", "Lý do / why", "Mã", "Dòng");
            foreach (var n in report.NotValues)
            {
                setAside.AddRow(
                    Markup.Escape(n.Text),
                    Markup.Escape(n.Why.ToCode()),
                    Markup.Escape(n.Code ?? string.Empty),
                    n.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(setAside);
        }

        foreach (var finding in report.Findings)
        {
            var color = finding.Severity == Severity.Error ? "red" : "yellow";
            AnsiConsole.MarkupLine($"[{color}]{finding.Severity}[/] {Markup.Escape(finding.Message)}");
        }

        return ExitCodes.Ok;
    }

    private static string Where(Evidence? evidence) => evidence switch
    {
        null => string.Empty,
        { Page: { } page } => string.Create(CultureInfo.InvariantCulture, $"tr. {page}, d. {evidence.Line}"),
        _ => evidence.Line.ToString(CultureInfo.InvariantCulture),
    };
}
