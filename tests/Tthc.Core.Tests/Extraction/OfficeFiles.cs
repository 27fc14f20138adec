using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Tthc.Core.Tests.Extraction;

/// <summary>A spreadsheet cell holding a fraction formatted as a percentage (0.996 shown as 99.60%).</summary>
internal sealed record PercentCell(decimal Fraction);

/// <summary>Builds .docx and .xlsx files in memory with the Open XML SDK for the reader tests.</summary>
internal static class OfficeFiles
{
    public static byte[] Docx(params OpenXmlElement[] blocks)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(blocks));
        }

        return ms.ToArray();
    }

    public static W.Paragraph Paragraph(string text) => new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static W.Table Table(params string[][] rows)
        => new(rows.Select(r => new W.TableRow(r.Select(c => new W.TableCell(Paragraph(c))))));

    /// <summary>A table nested <paramref name="depth"/> levels deep, the innermost holding <paramref name="text"/>.</summary>
    public static W.Table Nested(int depth, string text)
    {
        var table = Table([text]);
        for (var i = 1; i < depth; i++)
        {
            table = new W.Table(new W.TableRow(new W.TableCell(Paragraph("lớp " + i), table)));
        }

        return table;
    }

    /// <summary>An .xlsx with one sheet; cells given as rows of strings or numbers; merges as "C5:F5".</summary>
    public static byte[] Xlsx(object?[][] rows, params string[] merges)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var workbook = doc.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill()),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }));
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
                        case PercentCell p:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(p.Fraction), StyleIndex = 1 });
                            break;
                        case string s:
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(s)) });
                            break;
                        case var n:
                            row.Append(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDecimal(n, System.Globalization.CultureInfo.InvariantCulture)) });
                            break;
                    }
                }

                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            if (merges.Length > 0)
            {
                sheetPart.Worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Bieu" }));
        }

        return ms.ToArray();
    }
}
