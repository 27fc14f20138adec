using Tthc.Core.Indicators;
using Tthc.Core.Periods;
using Tthc.Core.Text;
using Tthc.Core.Validation;

namespace Tthc.Core.Extraction.Canonical;

/// <summary>Reads the canonical report template, CSV long format: <c>unit,period,indicator,value</c>.</summary>
public sealed class CanonicalCsvReader(IndicatorCatalog catalog) : IReportReader
{
    /// <summary>The format name of the canonical template.</summary>
    public const string FormatName = "csv";

    /// <inheritdoc />
    public string Format => FormatName;

    /// <inheritdoc />
    public bool CanRead(ReportFile file)
    {
        var head = ReportText.Head(file.Content.Span, 256);
        var firstLine = head.Split('\n')[0].Trim().TrimStart('\uFEFF').Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return firstLine.StartsWith("unit,period,indicator,value", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public ParsedReport Read(ReportFile file, CancellationToken cancellationToken = default)
    {
        var text = ReportText.Decode(file);
        var lines = new LineCursor(text);
        var values = new CanonicalValues(catalog, file.FileName);
        var findings = new List<Finding>();
        string? unit = null;
        string? periodText = null;
        var dataRows = 0;

        // Rows are read as they come (never all at once): a file far beyond the template stops at CanonicalValues.MaxEntries.
        foreach (var row in CsvText.Read(text).Skip(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++dataRows > CanonicalValues.MaxEntries)
            {
                throw new InputFormatException(file.FileName, row.Line, $"hơn {CanonicalValues.MaxEntries} dòng số liệu: không phải báo cáo theo mẫu (mỗi chỉ tiêu một dòng) / more than {CanonicalValues.MaxEntries} rows: not a template report (one row per indicator).");
            }
            if (row.Fields.Count != 4)
            {
                // Five fields usually mean an unquoted decimal comma ("98,9"): never guess which part is the value.
                IReadOnlyList<string> codes = row.Fields.Count >= 3 ? [row.Fields[2].Trim()] : [];
                findings.Add(Finding.Error(
                    "template.columns",
                    $"{file.FileName}, dòng {row.Line}: cần đúng 4 cột unit,period,indicator,value (số thập phân có dấu phẩy phải đặt trong ngoặc kép: \"98,9\") / expected exactly 4 columns; quote a decimal comma.",
                    codes,
                    row.Line));
                continue;
            }

            var rowUnit = row.Fields[0].Trim();
            var rowPeriod = row.Fields[1].Trim();
            unit ??= rowUnit;
            periodText ??= rowPeriod;
            if (rowUnit != unit || rowPeriod != periodText)
            {
                throw new InputFormatException(file.FileName, row.Line, $"one file holds one unit and one period; this row has '{rowUnit}', '{rowPeriod}' after '{unit}', '{periodText}'.");
            }

            values.Add(row.Fields[2], row.Fields[3], row.Line, lines.At(row.Line) ?? string.Join(',', row.Fields));
        }

        if (dataRows == 0)
        {
            throw new InputFormatException(file.FileName, null, "tệp mẫu không có dòng số liệu nào / the template has no data rows.");
        }

        ReportingPeriod? period = null;
        if (periodText is not null && !ReportingPeriod.TryParse(periodText, out period))
        {
            findings.Add(Finding.Error("period.known", $"{file.FileName}, dòng 2: kỳ báo cáo '{periodText}' không hợp lệ / '{periodText}' is not a period (2025-Q3, 2024-02, 2024-H1, 2025, 2025-12-15..2026-04-02).", [], 2));
        }

        return new ParsedReport(file.FileName, Format, new ReportedUnit(null, null, null, unit), period, values.Values, [.. findings, .. values.Findings])
        {
            // Split only now: the row limit above has bounded the text (a template is at most MaxEntries rows).
            Lines = [.. text.Split('\n').Select((line, index) => new SourceLine(index + 1, line.TrimEnd('\r')))],
        };
    }

    /// <summary>The text of a line by number, for lines asked for in increasing order (one pass over the text, no copy of it).</summary>
    private sealed class LineCursor(string text)
    {
        private int position;
        private int line = 1;

        public string? At(int number)
        {
            while (line < number && position < text.Length)
            {
                var next = text.IndexOf('\n', position);
                position = next < 0 ? text.Length : next + 1;
                line++;
            }

            if (line != number || position >= text.Length)
            {
                return null;
            }

            var end = text.IndexOf('\n', position);
            var length = Math.Min((end < 0 ? text.Length : end) - position, 500);
            return text.Substring(position, length).TrimEnd('\r');
        }
    }
}
