namespace Tthc.Core.Extraction;

/// <summary>Why a number the reader saw is not a value of the reporting unit (DOMAIN.md, "What a careful reader does NOT take").</summary>
public enum NotValueReason
{
    /// <summary>Hedged or rounded: "hơn 1.650", "gần 27.000", "trên 130 ngàn", "khoảng 4.874".</summary>
    Hedged,

    /// <summary>A target or plan: "chỉ tiêu", "phấn đấu", "kế hoạch", "mục tiêu", "dự kiến".</summary>
    Target,

    /// <summary>Another period or a comparison with one: "cùng kỳ", "năm trước", "tăng 10% so với năm 2021", "tháng 8" in a July report.</summary>
    OtherPeriod,

    /// <summary>A figure of another unit or of a part of the unit named in the text ("Riêng Chi nhánh …", "Ở cấp huyện …").</summary>
    SubUnit,

    /// <summary>A breakdown of the unit's figure by level, system, field or share ("cấp xã 961", "mức độ 3", "chiếm 86,5%").</summary>
    Breakdown,

    /// <summary>A figure with no catalog code: document numbers, ranks, "tiếp nhận mới" alone, "đến hạn giải quyết", places ("Phường 1").</summary>
    NotCatalog,

    /// <summary>A second reading of an indicator already taken from a more certain (or earlier) place.</summary>
    Repeated,
}
