using System.Text.RegularExpressions;

namespace Tthc.EndToEnd;

/// <summary>
/// <c>tthc demo --exit</c> run as a process, end to end (its own Azurite, API, worker and OCR): every kind of file the
/// units send is read, and the demo says how.
/// </summary>
public sealed partial class DemoTests
{
    private static readonly string[] Kinds = ["CSV mẫu / template", "Word (.docx)", "Excel Biểu 06 (.xlsx)", "PDF có lớp chữ / text PDF", "PDF bản quét / scanned PDF"];

    [Fact]
    public async Task Demo_WithOcr_ReadsEveryKindOfFileTheScanByOcr()
    {
        var (doctor, _, _) = await TthcProcess.RunAsync("doctor");
        if (doctor != 0)
        {
            Assert.True(Environment.GetEnvironmentVariable("TTHC_REQUIRE_OCR") != "1", "tthc doctor finds no OCR engine; TTHC_REQUIRE_OCR=1 requires it.");
            Assert.Skip("No OCR engine here (tthc doctor): apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils fonts-dejavu-core.");
        }

        var files = await RunDemoAsync(new Dictionary<string, string?> { ["Storage__ConnectionString"] = string.Empty });

        Assert.Equal(Kinds.Order(StringComparer.Ordinal), files.Select(f => f.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal("accepted", f.Status));
        Assert.All(files, f => Assert.True(f.Values >= (f.Kind.StartsWith("Excel", StringComparison.Ordinal) ? 11 : 14), $"{f.Name}: {f.Values} values"));
        Assert.All(files, f => Assert.Equal(f.Kind == Kinds[4], f.Ocr));
        Assert.Equal(["csv", "docx", "pdf", "pdf-ocr", "xlsx"], files.Select(f => f.Format).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Demo_WithoutOcr_TheScanWaitsNeedsOcrAndTheDemoSaysSoAndSucceeds()
    {
        var files = await RunDemoAsync(new Dictionary<string, string?> { ["Storage__ConnectionString"] = string.Empty, ["Ocr__Engine"] = "none" });

        var scans = files.Where(f => f.Kind == Kinds[4]).ToList();
        Assert.NotEmpty(scans);
        Assert.All(scans, f => Assert.Equal("needs-ocr", f.Status));
        Assert.All(files.Except(scans), f => Assert.Equal("accepted", f.Status));
    }

    /// <summary>Runs the demo to its end; returns one line per file sent, as printed (wrapping undone).</summary>
    private static async Task<List<FileRead>> RunDemoAsync(Dictionary<string, string?> environment)
    {
        // Port 0: the demo's host binds a port of its own choosing (a port picked here and freed could be taken by the
        // Azurite the demo starts before Kestrel binds it).
        using var demo = TthcProcess.Start(environment, "demo", "--exit", "--port", "0");
        await demo.WaitForExitAsync(TimeSpan.FromMinutes(8));
        var output = Whitespace().Replace(demo.StandardOutput, " ");
        Assert.True(demo.ExitCode == 0, output + demo.StandardError);
        var files = FileLine().Matches(output).Select(m => new FileRead(m.Groups["name"].Value, m.Groups["kind"].Value, m.Groups["format"].Value, m.Groups["ocr"].Value == "OCR", int.Parse(m.Groups["values"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["status"].Value)).ToList();
        Assert.True(files.Count >= Kinds.Length, output);
        if (environment.GetValueOrDefault("Ocr__Engine") == "none")
        {
            Assert.Contains("bản quét chờ OCR / the scan waits for OCR", output, StringComparison.Ordinal);
        }

        return files;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<name>ha-tinh-\S+) — (?<kind>[^:]+): read as (?<format>\S+), (?<ocr>OCR|không OCR / no OCR), (?<values>\d+) giá trị / values \(\d+ chờ xem xét / to review\), (?<status>[a-z-]+)")]
    private static partial Regex FileLine();

    private sealed record FileRead(string Name, string Kind, string Format, bool Ocr, int Values, string Status);
}
