using System.IO.Compression;
using System.Text;
using Tthc.Core.Extraction;

namespace Tthc.Core.Tests.Extraction;

// Hostile input is bounded by counts (ExtractionLimits: bytes, zip parts, lines, characters considered), asserted
// here through what the parser returns; how long it takes is a benchmark's business, never a test's.
public sealed partial class ReportParserTests
{
    private static InputFormatException? TryParse(string name, byte[] bytes)
    {
        try
        {
            CreateSut().Parse(new ReportFile(name, bytes), TestContext.Current.CancellationToken);
            return null;
        }
        catch (InputFormatException ex)
        {
            return ex;
        }
    }

    [Fact]
    public void Parse_EmptyFile_RejectedClearly()
    {
        var error = TryParse("empty.txt", []);

        Assert.Contains("rỗng", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RandomBinary_RejectedClearly()
    {
        var bytes = new byte[64 * 1024];
        new Random(42).NextBytes(bytes);

        var error = TryParse("random.docx", bytes);

        Assert.NotNull(error);
    }

    [Fact]
    public void Parse_HundredMegabytes_RejectedBySizeUpFront()
    {
        var error = TryParse("huge.txt", new byte[100 * 1024 * 1024]);

        // The size message, not a decoding one: nothing was read before the size was checked.
        Assert.Contains("quá lớn", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZipBombDisguisedAsDocx_RejectedWithoutInflatingIt()
    {
        var error = TryParse("bomb.docx", ZipBomb());

        Assert.Contains("bom zip", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ZipBombWithLyingSizeHeaders_StillBounded()
    {
        var bytes = ZipBomb();
        PatchSizes(bytes, "word/document.xml"u8, 1000);

        var error = TryParse("liar.docx", bytes);

        Assert.NotNull(error);
    }

    private static void PatchSizes(byte[] zip, ReadOnlySpan<byte> name, uint size)
    {
        // Local headers (PK\x03\x04: size at 22) and central directory entries (PK\x01\x02: size at 24) claim a tiny part.
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4 && zip.AsSpan(i + 30).StartsWith(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            }
            else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2 && zip.AsSpan(i + 46).StartsWith(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
            }
        }
    }

    private static byte[] ZipBomb()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            }

            using var body = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 100; i++)
            {
                body.Write(zeros);
            }
        }

        return ms.ToArray();
    }

    [Fact]
    public void Parse_MillionCharacterLine_BoundedResult()
    {
        var text = "UBND TỈNH HÀ TĨNH\nTổng số hồ sơ đã tiếp nhận: 1.234 hồ sơ\n" + string.Concat(Enumerable.Repeat("tổng số hồ sơ (tỷ lệ 9", 50_000)) + "\n";

        var report = CreateSut().Parse(new ReportFile("long.txt", Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

        Assert.Equal(1234, report.ValueOf("dossiers.received"));
        Assert.All(report.Indicators, v => Assert.True((v.Evidence?.Text.Length ?? 0) <= ExtractionLimits.Default.MaxEvidenceChars));
    }

    [Fact]
    public void Parse_MoreLinesThanTheLimit_ReadsUpToTheLimit()
    {
        var text = string.Concat(Enumerable.Repeat("- Số hồ sơ đã giải quyết: 12 hồ sơ; trong đó quá hạn 1.\n", 55_000));

        var report = CreateSut().Parse(new ReportFile("many.txt", Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

        Assert.Contains(report.Findings, f => f.Rule == "extraction.limits");
        Assert.All(report.Indicators, v => Assert.True((v.Evidence?.Line ?? 0) <= ExtractionLimits.Default.MaxLines));
    }

    [Fact]
    public void Parse_ZipThatIsNoOfficeFile_RejectedClearly()
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("notes.txt").Open());
            w.Write("Tổng số hồ sơ: 5");
        }

        var error = TryParse("notes.zip", ms.ToArray());

        Assert.Contains("không nhận ra định dạng", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PdfHeaderWithGarbage_RejectedClearly()
    {
        var error = TryParse("fake.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 5000)));

        Assert.NotNull(error);
    }

    [Fact]
    public void Parse_MutatedSamples_OnlyInputFormatException()
    {
        var random = new Random(20260101);
        var samples = SampleFiles.ReportNames.Select(n => File.ReadAllBytes(Path.Combine(SampleFiles.Reports, n))).ToList();
        var rejected = 0;
        for (var i = 0; i < 200; i++)
        {
            // Any other exception escapes TryParse and fails the test.
            rejected += TryParse($"fuzz-{i}.txt", Mutate(samples[i % samples.Count], random)) is null ? 0 : 1;
        }

        output.WriteLine($"200 mutations: {rejected} rejected with InputFormatException, the rest parsed");
    }

    [Fact]
    public void Parse_MutatedOfficeAndPdfFiles_OnlyInputFormatException()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText("Tong so ho so da tiep nhan: 2.705 ho so", 11, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        (string Name, byte[] Bytes)[] seeds =
        [
            ("a.docx", OfficeFiles.Docx(OfficeFiles.Paragraph("Tổng số hồ sơ đã tiếp nhận: 120.500 hồ sơ"), OfficeFiles.Table(["1", "Số hồ sơ đã giải quyết", "Hồ sơ", "118.000"]))),
            ("b.xlsx", OfficeFiles.Xlsx([["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"], [1, "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 5859]])),
            ("c.pdf", builder.Build()),
        ];
        var random = new Random(7);
        for (var i = 0; i < 90; i++)
        {
            var (name, source) = seeds[i % seeds.Length];
            var bytes = source.ToArray();
            for (var e = random.Next(1, 20); e > 0; e--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            // Any exception other than InputFormatException escapes TryParse and fails the test; a PDF page left
            // without text is a scan, which a parser without OCR answers with OcrUnavailableException (needs-ocr).
            var input = i % 5 == 0 ? bytes[..random.Next(1, bytes.Length)] : bytes;
            try
            {
                TryParse(name, input);
            }
            catch (Tthc.Core.Ocr.OcrUnavailableException) when (name.EndsWith(".pdf", StringComparison.Ordinal))
            {
            }
        }
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var edits = random.Next(1, 40);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 2000), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Enumerable.Repeat((byte)random.Next(32, 127), random.Next(1, 5000)));
                    break;
                case 3:
                    bytes.InsertRange(at, "(((((:;%/1.2.3.4.5,6,7 hồ sơ tỷ lệ "u8.ToArray());
                    break;
                case 4:
                    bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256)));
                    break;
                default:
                    var from = random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(random.Next(1, 3000), bytes.Count - from)));
                    break;
            }
        }

        return [.. bytes];
    }
}
