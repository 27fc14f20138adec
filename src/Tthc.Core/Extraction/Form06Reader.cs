using System.Globalization;
using Tthc.Core.Extraction.Narrative;
using Tthc.Core.Indicators;
using Tthc.Core.Text;
using Tthc.Core.Units;

namespace Tthc.Core.Extraction;

/// <summary>
/// Reads Biểu số 06/VPCP/KSTT (Circular 01/2020/TT-VPCP): one row per field of work, grouped by level with
/// subtotals, under a two-row header ("Số hồ sơ nhận giải quyết" / "Tổng số; Trực tuyến; …"). The unit's values
/// are the grand-total row; without one they are the sum of the level subtotals (or of the field rows), derived.
/// </summary>
public sealed class Form06Reader(IndicatorCatalog catalog)
{
    // The form's columns count dossiers: only indicators counted in hồ sơ are read from it.
    private const string FormUnit = "hồ sơ";

    private readonly IndicatorLexicon lexicon = new(catalog);

    /// <summary>Whether the form gives <paramref name="code"/> (a value the form gives replaces the one read from the text).</summary>
    public bool Covers(string code) => catalog.TryGet(code, out var d) && d.Unit == FormUnit;

    /// <summary>The dossier values of the form, or null when the rows are not a Biểu 06.</summary>
    public IReadOnlyList<ExtractedValue>? TryRead(IReadOnlyList<SheetRow> rows)
    {
        for (var g = 0; g + 1 < rows.Count && g < 30; g++)
        {
            var folded = " " + string.Join(' ', rows[g].Cells.Select(OcrTokenizer.Words)) + " ";
            if (!folded.Contains(" da giai quyet ", StringComparison.Ordinal) || !folded.Contains(" dang giai quyet ", StringComparison.Ordinal)
                || !(folded.Contains(" nhan giai quyet ", StringComparison.Ordinal) || folded.Contains(" tiep nhan ", StringComparison.Ordinal)))
            {
                continue;
            }

            var columns = MapColumns(rows[g], rows[g + 1]);
            if (columns.Count >= 3)
            {
                return ReadValues(rows, g + 2, columns);
            }
        }

        return null;
    }

    private Dictionary<int, string> MapColumns(SheetRow groupRow, SheetRow subRow)
    {
        var columns = new Dictionary<int, string>();
        var group = string.Empty;
        var width = Math.Max(groupRow.Cells.Count, subRow.Cells.Count);
        for (var c = 0; c < width; c++)
        {
            var head = c < groupRow.Cells.Count ? groupRow.Cells[c] : string.Empty;
            if (head.Length > 0)
            {
                group = head;
            }

            var sub = c < subRow.Cells.Count ? subRow.Cells[c] : string.Empty;
            if (group.Length == 0 || sub.Length == 0 || sub == group)
            {
                continue;
            }

            var match = lexicon.ClassifyText(group + " " + sub, UnitLevel.Commune);
            if (match.Code is { } code && Covers(code) && !columns.ContainsValue(code))
            {
                columns[c] = code;
            }
        }

        return columns;
    }

    private static List<ExtractedValue> ReadValues(IReadOnlyList<SheetRow> rows, int first, Dictionary<int, string> columns)
    {
        var labelColumns = columns.Keys.Min();
        SheetRow? total = null;
        var subtotals = new List<SheetRow>();
        var fields = new List<SheetRow>();
        for (var r = first; r < rows.Count; r++)
        {
            var row = rows[r];
            if (!columns.Keys.Any(c => Number(row, c) is not null))
            {
                continue;
            }

            var label = " " + string.Join(' ', row.Cells.Take(labelColumns).Select(OcrTokenizer.Words)) + " ";
            if (total is null && (label.Contains(" tong cong ", StringComparison.Ordinal) || label.Contains(" tong so ", StringComparison.Ordinal)
                || label.Contains(" toan tinh ", StringComparison.Ordinal) || label.Contains(" toan huyen ", StringComparison.Ordinal) || label.Trim() == "tong"))
            {
                total = row;
            }
            else if (label.Contains(" cap tinh ", StringComparison.Ordinal) || label.Contains(" so nganh ", StringComparison.Ordinal) || label.Contains(" so ban nganh ", StringComparison.Ordinal)
                || label.Contains(" cap huyen ", StringComparison.Ordinal) || label.Contains(" cap xa ", StringComparison.Ordinal))
            {
                subtotals.Add(row);
            }
            else
            {
                fields.Add(row);
            }
        }

        var values = new List<ExtractedValue>();
        foreach (var (column, code) in columns)
        {
            if (total is not null)
            {
                if (Number(total, column) is { } v)
                {
                    values.Add(new ExtractedValue(code, v, false, 0.95, new Evidence(total.Number, total.Text)));
                }

                continue;
            }

            var parts = subtotals.Count > 0 ? subtotals : fields;
            var numbers = parts.Select(p => Number(p, column)).Where(n => n is not null).ToList();
            if (numbers.Count > 0)
            {
                values.Add(new ExtractedValue(code, numbers.Sum(n => n!.Value), true, 0.8, null));
            }
        }

        return values;
    }

    private static decimal? Number(SheetRow row, int column)
    {
        if (column >= row.Cells.Count)
        {
            return null;
        }

        var text = row.Cells[column].Trim();
        if (VietnameseNumber.TryParse(text, IndicatorKind.Count, out var v))
        {
            return v;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && decimal.Truncate(d) == d ? d : null;
    }
}
