using Tthc.Core.Indicators;

namespace Tthc.Core.Exports;

/// <summary>One line of the consolidated statistics table.</summary>
/// <param name="Number">STT, 1-based.</param>
/// <param name="Label">Chỉ tiêu: the Vietnamese label.</param>
/// <param name="Code">Mã: the indicator code.</param>
/// <param name="UnitOfMeasure">Đơn vị tính: Hồ sơ, Thủ tục, PAKN, % or Điểm.</param>
/// <param name="Value">Giá trị.</param>
/// <param name="Kind">The indicator's kind (decides how the value is written).</param>
/// <param name="Method">Phương pháp: Tổng, Tỷ lệ tính lại từ số liệu thành phần, or Trung bình.</param>
/// <param name="Contributors">Số đơn vị: how many units' values went into it.</param>
/// <param name="Note">Ghi chú: how a ratio or a mean was made, and a mean's min and max.</param>
public sealed record RollupTableRow(
    int Number,
    string Label,
    string Code,
    string UnitOfMeasure,
    decimal Value,
    IndicatorKind Kind,
    string Method,
    int Contributors,
    string Note)
{
    /// <summary>The value written the Vietnamese way (<c>267.922</c>, <c>98,9</c>).</summary>
    public string ValueText => VietnameseNumber.Format(Value, Kind);
}
