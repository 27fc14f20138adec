using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;
using Tthc.Core.Units;

namespace Tthc.Core.Exports;

/// <summary>
/// Writes a rollup as an Excel workbook: sheet "Tổng hợp" holds the consolidated table (header row, then one
/// row per indicator) and the completeness lines; sheet "Đơn vị chưa báo cáo" lists the units that did not
/// report (and those that reported late).
/// </summary>
/// <remarks>
/// Values are stored as numbers with a number format (<c>#,##0</c> for counts, <c>#,##0.0#</c> for rates and
/// scores), not as text: people sum and chart them, and Excel draws the separators from the reader's locale, so a
/// Vietnamese Excel shows <c>267.922</c> and <c>98,9</c>. Text is always written as an inline string (never a
/// formula) and escaped against formula injection all the same (<see cref="CellText"/>).
/// </remarks>
public sealed class RollupXlsxExport(IndicatorCatalog catalog, ProvinceMap? provinces = null)
{
    /// <summary>Name of the table sheet.</summary>
    public const string TableSheet = "Tổng hợp";

    /// <summary>Name of the missing-units sheet.</summary>
    public const string MissingSheet = "Đơn vị chưa báo cáo";

    private const uint BoldStyle = 1;
    private const uint CountStyle = 2;
    private const uint RateStyle = 3;

    /// <summary>Writes the workbook to <paramref name="stream"/> (left open).</summary>
    public void Write(Rollup rollup, Stream stream)
    {
        var bytes = ToBytes(rollup);
        stream.Write(bytes);
    }

    /// <summary>The workbook's bytes.</summary>
    public byte[] ToBytes(Rollup rollup)
    {
        var table = RollupTable.From(rollup, catalog, provinces);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, TableSheet, [6, 60, 30, 12, 14, 34, 10, 60], TableRows(table));
            AddSheet(workbook, sheets, 2, MissingSheet, [6, 40, 34, 16, 18], MissingRows(table));
        }

        return stream.ToArray();
    }

    private static IEnumerable<Cell[]> TableRows(RollupTable table)
    {
        yield return [.. RollupTable.Header.Select(h => Text(h, BoldStyle))];
        foreach (var r in table.Rows)
        {
            yield return
            [
                Number(r.Number, CountStyle), Text(r.Label), Text(r.Code), Text(r.UnitOfMeasure),
                Number(r.Value, r.Kind == IndicatorKind.Count ? CountStyle : RateStyle),
                Text(r.Method), Number(r.Contributors, CountStyle), Text(r.Note),
            ];
        }

        yield return [];
        yield return [Text("Tình hình báo cáo", BoldStyle), Text(table.Title)];
        foreach (var (label, count) in table.Completeness)
        {
            yield return [Text(label), Number(count, CountStyle)];
        }
    }

    private static IEnumerable<Cell[]> MissingRows(RollupTable table)
    {
        yield return [.. RollupTable.UnitHeader.Select(h => Text(h, BoldStyle))];
        foreach (var (number, code, name, level, status) in table.UnitsToFollowUp())
        {
            yield return [Number(number, CountStyle), Text(name), Text(code), Text(RollupTable.LevelText(level)), Text(status)];
        }
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, double[] widths, IEnumerable<Cell[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint rowIndex = 0;
        foreach (var cells in rows)
        {
            rowIndex++;
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c].CellReference = ColumnName(c) + rowIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
                row.Append(cells[c]);
            }

            data.Append(row);
        }

        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        part.Worksheet = new Worksheet(columns, data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Cell Text(string text, uint style = 0)
        => new()
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(CellText.Escape(text)) { Space = SpaceProcessingModeValues.Preserve }),
            StyleIndex = style == 0 ? null : style,
        };

    private static Cell Number(decimal value, uint style)
        => new() { DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = style };

    private static string ColumnName(int index) => ((char)('A' + index)).ToString();

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "#,##0.0#" })
        { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
        { Count = 4 });
}
