using System.Globalization;
using Tthc.Core.Text;

namespace Tthc.Core.Units;

/// <summary>Reads the unit registry file of CONTRACTS.md (<c>code,name,level,province,parent,valid_from,valid_to,aliases</c>).</summary>
public static class UnitRegistryCsv
{
    private static readonly string[] Header = ["code", "name", "level", "province", "parent", "valid_from", "valid_to", "aliases"];

    /// <summary>
    /// Parses registry CSV text; throws <see cref="InputFormatException"/> naming the file and the line of the first bad
    /// row, its message listing every bad row, one per line (<c>dòng/line N: reason</c>).
    /// </summary>
    public static IReadOnlyList<UnitRecord> Parse(string text, string fileName)
    {
        var rows = CsvText.Read(text).ToList();
        if (rows.Count == 0)
        {
            throw new InputFormatException(fileName, null, "tệp danh mục trống / the registry file is empty.");
        }

        var header = rows[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var index = Header.ToDictionary(h => h, header.IndexOf);
        foreach (var required in Header.Take(4))
        {
            if (index[required] < 0)
            {
                throw new InputFormatException(fileName, rows[0].Line, $"dòng tiêu đề thiếu cột '{required}' (cần {string.Join(',', Header)}) / the header has no '{required}' column.");
            }
        }

        var result = new List<UnitRecord>(rows.Count - 1);
        var windows = new Dictionary<string, List<(DateOnly? From, DateOnly? To, int Line)>>(StringComparer.Ordinal);
        var errors = new List<InputFormatException>();
        foreach (var row in rows.Skip(1))
        {
            // Every bad row is reported, not only the first: a person fixes the file once.
            try
            {
                string Get(string name) => index[name] >= 0 && index[name] < row.Fields.Count ? row.Fields[index[name]].Trim() : string.Empty;

                var code = Get("code");
                if (!IsCode(code))
                {
                    throw new InputFormatException(fileName, row.Line, $"mã đơn vị '{code}' không đúng dạng [a-z0-9-]+ / unit code '{code}' is not of the form [a-z0-9-]+.");
                }

                if (!UnitLevels.TryParse(Get("level"), out var level))
                {
                    throw new InputFormatException(fileName, row.Line, $"cấp '{Get("level")}' không phải province, department, district hay commune / level '{Get("level")}' is not one of province, department, district, commune.");
                }

                var province = Get("province");
                if (province.Length == 0)
                {
                    throw new InputFormatException(fileName, row.Line, $"đơn vị '{code}' thiếu mã tỉnh / unit '{code}' has no province.");
                }

                if (!IsCode(province))
                {
                    // A province written by name ("Hưng Yên") is taken as its code; anything else would silently
                    // leave the unit out of every rollup (ReportingUnits compares codes).
                    province = ProvinceMap.Default.Match(province)
                        ?? throw new InputFormatException(fileName, row.Line, $"tỉnh '{province}' không phải mã tỉnh ([a-z0-9-]+) hay tên tỉnh đã biết / province '{province}' is neither a province code ([a-z0-9-]+) nor a known province name.");
                }

                var name = Get("name");
                if (name.Length == 0)
                {
                    throw new InputFormatException(fileName, row.Line, $"đơn vị '{code}' thiếu tên / unit '{code}' has no name.");
                }

                var from = ParseDate(Get("valid_from"), fileName, row.Line);
                var to = ParseDate(Get("valid_to"), fileName, row.Line);
                if (from is not null && to is not null && to < from)
                {
                    throw new InputFormatException(fileName, row.Line, $"đơn vị '{code}' hết hiệu lực ({to:yyyy-MM-dd}) trước khi bắt đầu ({from:yyyy-MM-dd}) / unit '{code}' ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
                }

                // A unit may have several rows (re-parenting), but only with disjoint validity: otherwise which row
                // holds on a date would depend on row order.
                if (!windows.TryGetValue(code, out var earlier))
                {
                    windows[code] = earlier = [];
                }

                if (earlier.FirstOrDefault(w => (w.From is null || to is null || w.From <= to) && (from is null || w.To is null || from <= w.To)) is { Line: > 0 } clash)
                {
                    throw new InputFormatException(fileName, row.Line, $"đơn vị '{code}' đã có hiệu lực trong một phần khoảng này ở dòng {clash.Line}; các dòng của một đơn vị không được chồng lên nhau / unit '{code}' is already in force over part of this window on line {clash.Line}; rows of one unit must not overlap.");
                }

                earlier.Add((from, to, row.Line));

                var parent = Get("parent");
                var aliases = Get("aliases").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                result.Add(new UnitRecord(code, name, level, province, parent.Length == 0 ? null : parent, from, to, aliases));
            }
            catch (InputFormatException ex) when (ex.Line is not null)
            {
                errors.Add(ex);
            }
        }

        if (errors.Count > 0)
        {
            throw errors.Count == 1
                ? errors[0]
                : new InputFormatException(fileName, errors[0].Line, errors[0].Reason + string.Concat(errors.Skip(1).Select(e => $"\ndòng/line {e.Line}: {e.Reason}")));
        }

        return result;
    }

    /// <summary>Writes records back as registry CSV text.</summary>
    public static string Write(IEnumerable<UnitRecord> records)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(string.Join(',', Header)).Append('\n');
        foreach (var r in records)
        {
            string[] fields =
            [
                r.Code, r.Name, r.Level.ToCode(), r.Province, r.Parent ?? string.Empty,
                r.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                r.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                string.Join(';', r.Aliases),
            ];
            sb.AppendJoin(',', fields.Select(CsvText.Quote)).Append('\n');
        }

        return sb.ToString();
    }

    private static bool IsCode(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static DateOnly? ParseDate(string text, string fileName, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new InputFormatException(fileName, line, $"ngày '{text}' không đúng dạng yyyy-MM-dd / date '{text}' is not yyyy-MM-dd.");
    }
}
