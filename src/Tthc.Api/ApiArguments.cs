using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Tthc.Core.Periods;
using Tthc.Core.Units;

namespace Tthc.Api;

/// <summary>Checks of route values shared by the endpoints.</summary>
internal static class ApiArguments
{
    public static bool IsCode(string value)
        => value.Length is > 0 and <= 100 && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public static bool TryProvincePeriod(string province, string period, [NotNullWhen(true)] out ReportingPeriod? parsed, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        parsed = null;
        if (ProvinceMap.Default.Find(province) is null)
        {
            problem = ApiProblems.NotFound("Không có tỉnh này / Unknown province", $"'{province}' không phải mã tỉnh (ví dụ hung-yen, hai-phong) / is not a province code.");
            return false;
        }

        if (!ReportingPeriod.TryParse(period, out parsed))
        {
            problem = ApiProblems.BadRequest("Kỳ báo cáo không hợp lệ / Invalid period", $"'{period}' không phải kỳ báo cáo (2024-02, 2025-Q3, 2024-H1, 2025, 2025-12-15..2026-04-02).");
            return false;
        }

        problem = null;
        return true;
    }
}
