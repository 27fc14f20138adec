using Tthc.Core.Extraction;
using Tthc.Core.Periods;
using Tthc.Core.Units;
using Tthc.Core.Validation;

namespace Tthc.Core.Submissions;

/// <summary>
/// Who a report is from: the unit its upload path names must be in the registry at the period's end, and what the
/// report itself says (unit code, province, name) must not name another unit or province. Otherwise it is rejected.
/// </summary>
public static class UploadOrigin
{
    /// <summary>The unit the report counts for, or the finding that rejects it.</summary>
    /// <param name="file">The uploaded file's name (findings name it).</param>
    /// <param name="unitCode">The unit code of the upload path.</param>
    /// <param name="report">The parsed report.</param>
    /// <param name="period">The report's period.</param>
    /// <param name="registry">The unit registry.</param>
    public static (UnitRecord? Unit, Finding? Rejection) Check(string file, string unitCode, ParsedReport report, ReportingPeriod period, UnitRegistry registry)
    {
        if (!registry.Contains(unitCode))
        {
            return (null, Finding.Error("unit.registered", $"{file}: mã đơn vị '{unitCode}' không có trong danh mục đơn vị / unit code '{unitCode}' is not in the unit registry."));
        }

        if (registry.Find(unitCode, period.End) is not { } unit)
        {
            return (null, Finding.Error("unit.registered", $"{file}: đơn vị '{unitCode}' không tồn tại vào ngày {period.End:dd/MM/yyyy} (cuối kỳ {period.Label}) / the unit did not exist at the end of {period.Label}."));
        }

        return (unit, Mismatch(file, report, period, registry, unit));
    }

    private static Finding? Mismatch(string file, ParsedReport report, ReportingPeriod period, UnitRegistry registry, UnitRecord unit)
    {
        if (report.Unit.Code is { Length: > 0 } statedCode && statedCode != unit.Code)
        {
            return Finding.Error("unit.matches-upload", $"{file}: báo cáo ghi đơn vị '{statedCode}' nhưng được gửi cho '{unit.Code}' / the report names unit '{statedCode}' but was uploaded for '{unit.Code}'.");
        }

        if (report.Unit.Province is { Length: > 0 } statedProvince && registry.Provinces.Match(statedProvince) is { } provinceCode
            && provinceCode != unit.Province && registry.Provinces.SuccessorOn(provinceCode, period.End) != unit.Province)
        {
            return Finding.Error("unit.matches-upload", $"{file}: báo cáo của tỉnh {statedProvince} nhưng đơn vị '{unit.Code}' thuộc '{unit.Province}' / the report names province {statedProvince}, the unit belongs to '{unit.Province}'.");
        }

        if (report.Unit.Name is { Length: > 0 } statedName)
        {
            var matches = registry.Match(statedName, period.End);
            if (matches.Count > 0 && matches.All(m => m.Code != unit.Code))
            {
                return Finding.Error("unit.matches-upload", $"{file}: báo cáo của \"{statedName}\" ({matches[0].Code}) nhưng được gửi cho '{unit.Code}' / the report is from another unit than the upload path names.");
            }
        }

        return null;
    }
}
