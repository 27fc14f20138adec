using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Tthc.Core.Extraction.Narrative;
using Tthc.Core.Indicators;

namespace Tthc.Core.Extraction;

/// <summary>
/// Reads Excel statistics forms (.xlsx) with the Open XML SDK: a row-per-indicator form (label / unit of measure
/// / value, read like table rows of a narrative report) or a Biểu số 06/VPCP/KSTT (see <see cref="Form06Reader"/>).
/// Merged areas are filled with their top-left value, so two-row merged headers read as group + column.
/// </summary>
public sealed class XlsxReportReader(IndicatorCatalog catalog, ExtractionLimits limits) : IReportReader
{
    private readonly NarrativeExtractor extractor = new(catalog, limits);
    private readonly Form06Reader form06 = new(catalog);

    /// <inheritdoc />
    public string Format => "xlsx";

    /// <inheritdoc />
    public bool CanRead(ReportFile file)
        => ZipPackageGuard.IsZip(file.Content.Span)
            && (ZipPackageGuard.ReadPart(file.Content, "[Content_Types].xml", 64 * 1024).Contains("spreadsheetml.sheet", StringComparison.Ordinal)
                || ZipPackageGuard.HasEntry(file.Content, "xl/workbook.xml"));

    /// <inheritdoc />
    public ParsedReport Read(ReportFile file, CancellationToken cancellationToken = default)
    {
        ZipPackageGuard.Verify(file, limits, cancellationToken);
        var rows = ReadRows(file, cancellationToken);
        var lines = rows.Select(r => new SourceLine(r.Number, r.Text, IsTableRow: true)).Where(l => l.Text.Length > 0).ToList();
        var report = extractor.Extract(file.FileName, Format, lines, cancellationToken);
        if (form06.TryRead(rows) is { Count: > 0 } formValues)
        {
            var others = report.Indicators.Where(v => !form06.Covers(v.Code));
            report = report with { Indicators = [.. formValues, .. others] };
        }

        return report;
    }

    private List<SheetRow> ReadRows(ReportFile file, CancellationToken cancellationToken)
    {
        var rows = new List<SheetRow>();
        try
        {
            using var stream = new MemoryStream(file.Content.ToArray(), writable: false);
            using var doc = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxZipEntryBytes });
            var workbook = doc.WorkbookPart ?? throw new InputFormatException(file.FileName, null, "tệp Excel không có bảng tính / the workbook has no sheets.");
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var percentStyles = PercentStyles(workbook);
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                rows.AddRange(ReadSheet(part, shared, percentStyles, cancellationToken));
                if (rows.Count >= limits.MaxSheetRows)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException
            or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The packaging and Open XML layers report a damaged package with these types; all mean "not a readable file".
            throw new InputFormatException(file.FileName, null, $"không đọc được tệp Excel / not a readable .xlsx ({ex.Message}).");
        }

        return rows;
    }

    private static HashSet<uint> PercentStyles(WorkbookPart workbook)
    {
        // Built-in formats 9 (0%) and 10 (0.00%), and custom formats whose code shows a percent sign.
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var percentFormats = new HashSet<uint> { 9, 10 };
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value?.Contains('%', StringComparison.Ordinal) == true)
            {
                percentFormats.Add(id);
            }
        }

        var styles = new HashSet<uint>();
        var index = 0u;
        foreach (var cellFormat in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (cellFormat.NumberFormatId?.Value is { } id && percentFormats.Contains(id))
            {
                styles.Add(index);
            }

            index++;
        }

        return styles;
    }

    private List<SheetRow> ReadSheet(WorksheetPart part, List<string> shared, HashSet<uint> percentStyles, CancellationToken cancellationToken)
    {
        var grid = new SortedDictionary<int, string[]>();
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (grid.Count >= limits.MaxSheetRows)
            {
                break;
            }

            var number = (int)(row.RowIndex?.Value ?? (uint)(grid.Count + 1));
            var cells = new string[limits.MaxSheetColumns];
            Array.Fill(cells, string.Empty);
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? Column(reference) : next;
                next = column + 1;
                if (column < 0 || column >= cells.Length)
                {
                    continue;
                }

                cells[column] = CellText(cell, shared, percentStyles).Trim();
            }

            grid[number] = cells;
        }

        foreach (var merge in part.Worksheet?.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()) ?? [])
        {
            if (merge.Reference?.Value?.Split(':') is [var from, var to])
            {
                Fill(grid, from, to);
            }
        }

        return [.. grid.Select(r => new SheetRow(r.Key, Trim(r.Value)))];
    }

    private static void Fill(SortedDictionary<int, string[]> grid, string from, string to)
    {
        var (r1, c1) = (Row(from), Column(from));
        var (r2, c2) = (Row(to), Column(to));
        if (!grid.TryGetValue(r1, out var top) || c1 < 0 || c1 >= top.Length || (r2 - r1) * (c2 - c1) > 10_000)
        {
            return;
        }

        var value = top[c1];
        for (var r = r1; r <= r2; r++)
        {
            if (!grid.TryGetValue(r, out var cells))
            {
                continue;
            }

            for (var c = c1; c <= c2 && c < cells.Length; c++)
            {
                if (cells[c].Length == 0)
                {
                    cells[c] = value;
                }
            }
        }
    }

    private static string[] Trim(string[] cells)
    {
        var last = Array.FindLastIndex(cells, c => c.Length > 0);
        return cells[..(last + 1)];
    }

    private static string CellText(Cell cell, List<string> shared, HashSet<uint> percentStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : string.Empty;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (cell.DataType is null || cell.DataType.Value == CellValues.Number)
        {
            if (decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                // A percent-formatted cell holds a fraction (0.996 shown as 99,6%); doubles carry float noise (98.900000000000006).
                return percentStyles.Contains(cell.StyleIndex?.Value ?? 0u)
                    ? decimal.Round(number * 100, 4).ToString("0.####", CultureInfo.InvariantCulture) + "%"
                    : decimal.Round(number, 6).ToString("0.######", CultureInfo.InvariantCulture);
            }
        }

        return raw;
    }

    private static int Column(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (column > 20_000)
            {
                return -1;
            }
        }

        return column - 1;
    }

    private static int Row(string reference)
        => int.TryParse(new string([.. reference.SkipWhile(char.IsAsciiLetter)]), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : -1;
}
