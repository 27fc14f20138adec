using System.Globalization;
using System.Text;
using Tthc.Core.Indicators;
using Tthc.Core.Rollups;
using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Exports;

/// <summary>
/// Writes a rollup as CSV for Excel: UTF-8 with BOM, comma-separated, CRLF, RFC 4180 quoting. First the
/// consolidated table (STT, Chỉ tiêu, Mã, Đơn vị tính, Giá trị written the Vietnamese way, Phương pháp,
/// Số đơn vị, Ghi chú), then the completeness lines and the units that did not report (or reported late).
/// Every text field is escaped against formula injection (<see cref="CellText"/>).
/// </summary>
public sealed class RollupCsvExport(IndicatorCatalog catalog, ProvinceMap? provinces = null)
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the CSV to <paramref name="stream"/> (left open).</summary>
    public void Write(Rollup rollup, Stream stream)
    {
        using var writer = new StreamWriter(stream, Utf8WithBom, leaveOpen: true) { NewLine = "\r\n" };
        writer.Write(ToText(rollup));
    }

    /// <summary>The CSV file's bytes, BOM included.</summary>
    public byte[] ToBytes(Rollup rollup)
    {
        using var stream = new MemoryStream();
        Write(rollup, stream);
        return stream.ToArray();
    }

    /// <summary>The CSV text (without the BOM).</summary>
    public string ToText(Rollup rollup)
    {
        var table = RollupTable.From(rollup, catalog, provinces);
        var sb = new StringBuilder();
        Line(sb, RollupTable.Header);
        foreach (var r in table.Rows)
        {
            Line(sb, [Number(r.Number), r.Label, r.Code, r.UnitOfMeasure, r.ValueText, r.Method, Number(r.Contributors), r.Note]);
        }

        sb.Append("\r\n");
        Line(sb, ["Tình hình báo cáo", table.Title]);
        foreach (var (label, count) in table.Completeness)
        {
            Line(sb, [label, Number(count)]);
        }

        if (table.MissingUnits.Count + table.LateUnits.Count > 0)
        {
            sb.Append("\r\n");
            Line(sb, ["Đơn vị chưa báo cáo hoặc báo cáo sau hạn"]);
            Line(sb, RollupTable.UnitHeader);
            foreach (var (number, code, name, level, status) in table.UnitsToFollowUp())
            {
                Line(sb, [Number(number), name, code, RollupTable.LevelText(level), status]);
            }
        }

        return sb.ToString();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, IEnumerable<string> fields)
        => sb.AppendJoin(',', fields.Select(f => CsvText.Quote(CellText.Escape(f)))).Append("\r\n");
}
