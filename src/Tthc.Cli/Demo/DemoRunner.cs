using System.Text;
using System.Text.Json;
using Spectre.Console;
using Tthc.Api.Apis;
using Tthc.Cli.Keys;
using Tthc.Core.Access;
using Tthc.Core.Exports;
using Tthc.Core.Extraction;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;
using Tthc.Core.Text;
using Tthc.Core.Units;
using Tthc.Pipeline.Rollups;
using Tthc.SyntheticScans;

namespace Tthc.Cli.Demo;

/// <summary>
/// The demo, with keys like any client: the admin key makes Hà Tĩnh's province key; the province loads its synthetic
/// registry and hands each unit its own key; each unit uploads its believable report with its key, as the template, a
/// Word narrative, an Excel Biểu 06, a PDF or a scan (<see cref="DemoFiles"/>); how each file was read is printed; the
/// province recomputes its rollup, which is printed.
/// </summary>
internal sealed class DemoRunner(Uri baseAddress, string adminKey, IAnsiConsole console, IndicatorCatalog catalog)
{
    public const string Province = "ha-tinh";
    public const string Period = "2026-Q3";
    private const int Quarter = 3;
    private const int Year = 2026;
    private static readonly JsonSerializerOptions Json = TthcJson.Options;

    /// <summary>Units of the synthetic registry that do not report, so completeness has something to show.</summary>
    public static readonly string[] Silent = ["ha-tinh-gia-lap-ky-phu", "ha-tinh-gia-lap-thien-cam", "ha-tinh-gia-lap-yen-ho", "ha-tinh-so-xay-dung-gia-lap"];

    public static string RegistryPath => Path.Combine(AppContext.BaseDirectory, "Demo", "demo-registry.csv");

    public async Task<RollupDocument> RunAsync(CancellationToken cancellationToken)
    {
        using var admin = ApiClients.WithKey(baseAddress, adminKey);
        using var province = ApiClients.WithKey(baseAddress, (await ApiClients.CreateKeyAsync(admin, AccessRole.Province, Province, null, cancellationToken)).Key);
        var registryText = await File.ReadAllTextAsync(RegistryPath, cancellationToken);
        await ApiClients.EnsureSuccessAsync(await province.PutAsync($"api/registry/{Province}", new StringContent(registryText, Encoding.UTF8, "text/csv"), cancellationToken), cancellationToken);
        var units = UnitRegistryCsv.Parse(registryText, "demo-registry.csv").Where(u => u.Level != UnitLevel.Province).ToList();
        var reporting = units.Where(u => !Silent.Contains(u.Code)).ToList();
        var unitKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in reporting)
        {
            unitKeys[unit.Code] = (await ApiClients.CreateKeyAsync(province, AccessRole.Unit, unit.Code, null, cancellationToken)).Key;
        }

        console.MarkupLine($"[bold]Danh mục giả lập[/] (synthetic registry): tỉnh Hà Tĩnh, {units.Count} đơn vị; {reporting.Count} đơn vị gửi báo cáo kỳ {Period}.");
        console.MarkupLine($"[bold]Khóa[/] (keys): khóa quản trị tạo khóa tỉnh; tỉnh tạo cho mỗi đơn vị một khóa riêng ({unitKeys.Count}); mỗi đơn vị gửi báo cáo bằng khóa của mình.");

        // Units send what units really send: the template, a Word narrative, an Excel Biểu 06, a PDF and a scan, in turn.
        var random = new Random(2026);
        var font = ScanFont.Find();
        using var renderer = font is null ? null : new ScanRenderer(new ScanStyle(Seed: 2026), font);
        if (renderer is null)
        {
            console.MarkupLine($"[yellow]Thiếu phông DejaVu Serif[/]: các đơn vị gửi PDF sẽ gửi CSV / no DejaVu Serif font, PDF senders send CSV instead ({Markup.Escape(ScanFont.InstallHint)}).");
        }

        var sent = new List<(DemoFile File, string SubmissionId)>();
        var statuses = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        await console.Progress().StartAsync(async progress =>
        {
            var upload = progress.AddTask("Gửi báo cáo / uploading", maxValue: reporting.Count);
            for (var i = 0; i < reporting.Count; i++)
            {
                var unit = reporting[i];
                var file = DemoFiles.For(i, unit, Period, Quarter, Year, SyntheticReports.Figures(random), renderer);
                using var http = ApiClients.WithKey(baseAddress, unitKeys[unit.Code]);
                using var body = new ByteArrayContent(file.Content);
                body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
                var response = await http.PostAsync($"api/reports/{unit.Code}/{file.FileName}", body, cancellationToken);
                await ApiClients.EnsureSuccessAsync(response, cancellationToken);
                sent.Add((file, (await response.Content.ReadFromJsonAsync<UploadAccepted>(Json, cancellationToken))!.SubmissionId));
                upload.Increment(1);
            }

            // Scans take OCR time (seconds a page): the wait is longer than for text.
            var processed = progress.AddTask("Đọc, kiểm tra và ghi số liệu / reading, checking, storing", maxValue: sent.Count);
            var pending = new HashSet<string>(sent.Select(s => s.SubmissionId), StringComparer.Ordinal);
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while (pending.Count > 0 && DateTime.UtcNow < deadline)
            {
                foreach (var id in pending.ToList())
                {
                    var view = await province.GetFromJsonAsync<JsonElement>($"api/submissions/{id}", cancellationToken);
                    if (view.GetProperty("status").GetString() is "accepted" or "rejected" or "failed" or "needs-ocr")
                    {
                        statuses[id] = view;
                        pending.Remove(id);
                        processed.Increment(1);
                    }
                }

                await Task.Delay(200, cancellationToken);
            }
        });

        PrintFiles(sent, statuses);

        var rollupResponse = await province.PostAsync($"api/rollups/{Province}/{Period}", null, cancellationToken);
        await ApiClients.EnsureSuccessAsync(rollupResponse, cancellationToken);
        var rollup = (await rollupResponse.Content.ReadFromJsonAsync<RollupDocument>(Json, cancellationToken))!;
        Print(rollup);
        return rollup;
    }

    /// <summary>One line per file sent: its kind, the format it was read as, OCR or not, the values read and its status.</summary>
    private void PrintFiles(List<(DemoFile File, string SubmissionId)> sent, Dictionary<string, JsonElement> statuses)
    {
        console.MarkupLine("[bold]Tệp đã gửi và cách đọc[/] (files sent and how each was read):");
        foreach (var (file, id) in sent)
        {
            if (!statuses.TryGetValue(id, out var view))
            {
                console.WriteLine($"  {file.FileName} — {file.Kind}: chưa xử lý xong / still processing");
                continue;
            }

            var status = view.GetProperty("status").GetString();
            var format = view.GetProperty("format").GetString() ?? "-";
            var values = view.GetProperty("indicators").EnumerateArray().Count(v => !v.GetProperty("derived").GetBoolean());
            var review = view.GetProperty("review").GetProperty("pending").GetInt32();
            var ocr = format == PdfReportReader.OcrFormat ? "OCR" : "không OCR / no OCR";
            console.WriteLine($"  {file.FileName} — {file.Kind}: read as {format}, {ocr}, {values} giá trị / values ({review} chờ xem xét / to review), {status}");
            var reason = view.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error" || status == "needs-ocr").Select(f => f.GetProperty("message").GetString()).FirstOrDefault();
            if (status == "needs-ocr")
            {
                console.WriteLine($"    bản quét chờ OCR / the scan waits for OCR: {reason} (tthc doctor)");
            }
            else if (status is "rejected" or "failed")
            {
                console.WriteLine($"    lý do / why: {reason ?? view.GetProperty("failureReason").GetString()}");
            }
        }
    }

    private void Print(RollupDocument rollup)
    {
        var table = new Table().Title($"Tổng hợp tỉnh Hà Tĩnh — kỳ {rollup.Period} (dữ liệu giả lập)")
            .AddColumns("Chỉ tiêu", "Giá trị", "Cách tính", "Số đơn vị");
        foreach (var entry in rollup.Indicators)
        {
            var kind = catalog[entry.Code].Kind;
            var method = entry.Method == RollupMethod.Mean
                ? $"{RollupTable.MethodText(entry.Method)} (thấp nhất {VietnameseNumber.Format(entry.Min ?? 0, kind)}, cao nhất {VietnameseNumber.Format(entry.Max ?? 0, kind)})"
                : RollupTable.MethodText(entry.Method);
            table.AddRow(Markup.Escape(entry.Label), VietnameseNumber.Format(entry.Value, kind) + (kind == IndicatorKind.Rate ? "%" : string.Empty), Markup.Escape(method), entry.Contributors.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLine($"[bold]Đầy đủ[/] (completeness): {rollup.ReportedUnits}/{rollup.ExpectedUnits} đơn vị đã báo cáo.");
        foreach (var missing in rollup.MissingUnits)
        {
            console.MarkupLine($"  [yellow]Chưa báo cáo[/]: {Markup.Escape(missing.Name)} ({missing.Code})");
        }

        foreach (var level in rollup.ByLevel)
        {
            // The level's first figure in catalog order (the catalog puts dossiers received first).
            var levelName = level.Key.ToVietnamese();
            var first = level.Value.FirstOrDefault();
            var figure = first is null ? "-" : $"{first.Label}: {catalog[first.Code].WithUnit(first.Value)}";
            console.MarkupLine($"  {Markup.Escape(char.ToUpperInvariant(levelName[0]) + levelName[1..])}: {Markup.Escape(figure)}.");
        }

    }
}
