using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tthc.Core.Units;
using Tthc.SyntheticScans;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Tthc.Cli.Demo;

/// <summary>
/// The mix of files units really send, made from one unit's synthetic figures: the canonical CSV template, a Word
/// narrative (.docx), an Excel Biểu 06 (.xlsx), a PDF with a text layer and a scanned PDF (page images only, slightly
/// rotated, specked and stamped). Units take the kinds in turn; without the scan font the two PDFs become CSV.
/// </summary>
internal static class DemoFiles
{
    /// <summary>How many kinds units take in turn.</summary>
    public const int Kinds = 5;

    public static DemoFile For(int index, UnitRecord unit, string period, int quarter, int year, IReadOnlyList<(string Code, decimal Value)> figures, ScanRenderer? renderer)
    {
        var name = $"{unit.Code}-{period}";
        var narrative = SyntheticReports.Narrative(unit.Name, "tỉnh Hà Tĩnh", quarter, year, figures);
        return (index % Kinds, renderer) switch
        {
            (1, _) => new DemoFile("Word (.docx)", name + ".docx", Docx(narrative), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (2, _) => new DemoFile("Excel Biểu 06 (.xlsx)", name + ".xlsx", Form06(unit.Name, quarter, year, figures), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (3, { } r) => new DemoFile("PDF có lớp chữ / text PDF", name + ".pdf", r.RenderTextPdf(narrative), "application/pdf"),
            (4, { } r) => new DemoFile("PDF bản quét / scanned PDF", name + "-scan.pdf", r.RenderPdf(narrative), "application/pdf", IsScan: true),
            _ => new DemoFile("CSV mẫu / template", name + ".csv", Encoding.UTF8.GetBytes(SyntheticReports.CanonicalCsv(unit.Code, period, figures)), "text/csv"),
        };
    }

    /// <summary>The narrative as a Word document, one paragraph per line.</summary>
    public static byte[] Docx(IReadOnlyList<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(lines.Select(l => new W.Paragraph(new W.Run(new W.Text(l) { Space = SpaceProcessingModeValues.Preserve })))));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Biểu số 06/VPCP/KSTT with the unit's dossier figures: the two-row merged header, the grand-total row and one
    /// field-of-work row (the rates are not on the form).
    /// </summary>
    public static byte[] Form06(string unitName, int quarter, int year, IReadOnlyList<(string Code, decimal Value)> figures)
    {
        var v = figures.ToDictionary(f => f.Code, f => f.Value, StringComparer.Ordinal);
        object?[] values = [v["dossiers.received"], v["dossiers.received_online"], v["dossiers.received_direct"], v["dossiers.carried_over"], v["dossiers.resolved"], v["dossiers.resolved_early"], v["dossiers.resolved_on_time"], v["dossiers.resolved_late"], v["dossiers.pending"], v["dossiers.pending_in_time"], v["dossiers.pending_overdue"]];
        var roman = quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
        object?[][] rows =
        [
            ["Biểu số 06/VPCP/KSTT"],
            .. SyntheticReports.Letterhead(unitName, "tỉnh Hà Tĩnh").Select(l => new object?[] { l }),
            [$"TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC quý {roman} năm {year}"],
            ["STT", "Lĩnh vực giải quyết", "Số hồ sơ nhận giải quyết", null, null, null, "Số hồ sơ đã giải quyết", null, null, null, "Số hồ sơ đang giải quyết"],
            [null, null, "Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"],
            [null, "Tổng cộng", .. values],
            [1, "Hộ tịch", .. values],
        ];
        var h = Array.FindIndex(rows, r => r.Length > 0 && r[0] is "STT") + 1; // the merged header's first row
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    switch (rows[r][c])
                    {
                        case null:
                            break;
                        case string s:
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) });
                            break;
                        case var n:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDecimal(n, System.Globalization.CultureInfo.InvariantCulture)) });
                            break;
                    }
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data, new MergeCells(new[] { $"C{h}:F{h}", $"G{h}:J{h}", $"K{h}:M{h}", $"A{h}:A{h + 1}", $"B{h}:B{h + 1}" }.Select(m => new MergeCell { Reference = m })));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Bieu06" }));
        }

        return stream.ToArray();
    }
}
