using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Tthc.Core.Exports;
using Tthc.Core.Tests.Support;

namespace Tthc.Core.Tests.Exports;

public sealed class RollupXlsxExportTests
{
    [Fact]
    public void ToBytes_ReadBack_GivesHeaderAndEveryValueAsNumber()
    {
        var rollup = TestRollups.HungYen();

        var rows = ReadSheet(CreateSut().ToBytes(rollup), RollupXlsxExport.TableSheet);

        Assert.Equal(RollupTable.Header, rows[0].Select(c => c.Text));
        foreach (var (row, value) in rows.Skip(1).Zip(rollup.Indicators))
        {
            Assert.Equal(value.Code, row[2].Text);
            Assert.Equal(CellValues.Number, row[4].Type);
            Assert.Equal(value.Value, decimal.Parse(row[4].Text, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void ToBytes_Values_CarryThousandsAndDecimalFormats()
    {
        using var document = Open(CreateSut().ToBytes(TestRollups.HungYen()));
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!);
        var cellFormats = document.WorkbookPart.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();

        var rows = ReadSheet(document, RollupXlsxExport.TableSheet);

        string FormatOf(string code) => formats[cellFormats[(int)rows.Single(r => r.Count > 2 && r[2].Text == code)[4].Style].NumberFormatId!.Value];
        Assert.Equal("#,##0", FormatOf("dossiers.received"));
        Assert.Equal("#,##0.0#", FormatOf("rate.digitized_dossiers"));
    }

    [Fact]
    public void ToBytes_MissingSheet_ListsUnitsWithHostileNamesEscapedAsText()
    {
        var bytes = CreateSut().ToBytes(TestRollups.HungYen());

        var rows = ReadSheet(bytes, RollupXlsxExport.MissingSheet);

        Assert.Equal(RollupTable.UnitHeader, rows[0].Select(c => c.Text));
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"Xã A\")", rows[1][1].Text);
        Assert.Equal("'+cmd|' /C calc'!A0", rows[2][1].Text);
        Assert.Equal(["3", "Sở Nội vụ", "so-noi-vu", "Sở, ban, ngành", "Chưa báo cáo"], rows[3].Select(c => c.Text));
        Assert.All(rows.Skip(1), r => Assert.Equal(CellValues.InlineString, r[1].Type));
        using var document = Open(bytes);
        Assert.DoesNotContain(document.WorkbookPart!.WorksheetParts, p => p.Worksheet!.Descendants<CellFormula>().Any());
    }

    [Fact]
    public void ToBytes_AnyRollup_IsAValidWorkbook()
    {
        using var document = Open(CreateSut().ToBytes(TestRollups.HungYen()));

        var errors = new OpenXmlValidator().Validate(document, TestContext.Current.CancellationToken).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void ToBytes_TableSheet_EndsWithCompletenessLines()
    {
        var rows = ReadSheet(CreateSut().ToBytes(TestRollups.HungYen()), RollupXlsxExport.TableSheet);

        Assert.Contains(rows, r => r.Select(c => c.Text).SequenceEqual(["Số đơn vị chưa báo cáo", "3"]));
        Assert.Contains(rows, r => r.Count > 1 && r[1].Text == "Tổng hợp số liệu giải quyết TTHC — Hưng Yên — kỳ 2025-Q3");
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static List<List<CellRead>> ReadSheet(byte[] bytes, string name)
    {
        using var document = Open(bytes);
        return ReadSheet(document, name);
    }

    private static List<List<CellRead>> ReadSheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Descendants<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return [.. part.Worksheet!.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Read).ToList())];
    }

    private static CellRead Read(Cell c)
        => new(c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty, c.DataType?.Value ?? CellValues.Number, c.StyleIndex?.Value ?? 0);

    private sealed record CellRead(string Text, CellValues Type, uint Style);

    private static RollupXlsxExport CreateSut() => new(TestCatalog.BuiltIn);
}
