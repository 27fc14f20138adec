using System.Text;
using System.Text.Json;
using Spectre.Console;
using Tthc.Api.Apis;
using Tthc.Cli.Keys;
using Tthc.Core.Access;
using Tthc.Core.Exports;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;
using Tthc.Core.Text;
using Tthc.Core.Units;
using Tthc.Pipeline.Rollups;

namespace Tthc.Cli.Demo;

/// <summary>
/// The demo, with keys like any client: the admin key makes Hà Tĩnh's province key; the province loads its synthetic
/// registry and hands each unit its own key; each unit uploads its believable report with its key; the province
/// recomputes its rollup, which is printed.
/// </summary>
internal sealed class DemoRunner(Uri baseAddress, string adminKey, IAnsiConsole console, IndicatorCatalog catalog)
{
    public const string Province = "ha-tinh";
    public const string Period = "2026-Q3";
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

        var random = new Random(2026);
        var submissions = new List<string>();
        await console.Progress().StartAsync(async progress =>
        {
            var upload = progress.AddTask("Gửi báo cáo / uploading", maxValue: reporting.Count);
            foreach (var unit in reporting)
            {
                var csv = SyntheticReports.CanonicalCsv(unit.Code, Period, random);
                using var http = ApiClients.WithKey(baseAddress, unitKeys[unit.Code]);
                var response = await http.PostAsync($"api/reports/{unit.Code}/{unit.Code}-{Period}.csv", new StringContent(csv, Encoding.UTF8, "text/csv"), cancellationToken);
                await ApiClients.EnsureSuccessAsync(response, cancellationToken);
                submissions.Add((await response.Content.ReadFromJsonAsync<UploadAccepted>(Json, cancellationToken))!.SubmissionId);
                upload.Increment(1);
            }

            var processed = progress.AddTask("Kiểm tra và ghi số liệu / parsing and checking", maxValue: submissions.Count);
            var pending = new HashSet<string>(submissions, StringComparer.Ordinal);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (pending.Count > 0 && DateTime.UtcNow < deadline)
            {
                foreach (var id in pending.ToList())
                {
                    var status = (await province.GetFromJsonAsync<JsonElement>($"api/submissions/{id}", cancellationToken)).GetProperty("status").GetString();
                    if (status is "accepted" or "rejected" or "failed")
                    {
                        pending.Remove(id);
                        processed.Increment(1);
                    }
                }

                await Task.Delay(200, cancellationToken);
            }
        });

        var rollupResponse = await province.PostAsync($"api/rollups/{Province}/{Period}", null, cancellationToken);
        await ApiClients.EnsureSuccessAsync(rollupResponse, cancellationToken);
        var rollup = (await rollupResponse.Content.ReadFromJsonAsync<RollupDocument>(Json, cancellationToken))!;
        Print(rollup);
        return rollup;
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
