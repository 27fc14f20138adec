namespace Tthc.Core.Indicators;

/// <summary>
/// The context cues that make a number no value of the reporting unit (folded phrases, whole words), shared by
/// every indicator: the reader sets such a number aside with the matching reason.
/// </summary>
/// <param name="HedgedBefore">Right before the number: a hedge ("hơn", "gần", "trên", "khoảng", "xấp xỉ").</param>
/// <param name="RoundedAfter">Right after the number: a rounding word ("ngàn", "nghìn", "triệu").</param>
/// <param name="ChangeBefore">Right before the number: a change, not a level ("tăng", "giảm").</param>
/// <param name="OtherPeriod">In the clause: another period or a comparison with one ("cùng kỳ", "năm trước", "so với năm").</param>
/// <param name="Target">In the label: a target or plan ("chỉ tiêu", "phấn đấu", "kế hoạch", "mục tiêu", "dự kiến").</param>
/// <param name="NotCatalogBefore">Right before the number: what makes it a document, place, level or rank number ("nghị định", "mức độ", "phường", "xếp thứ").</param>
/// <param name="NotCatalog">In the label: a figure with no catalog code ("đến hạn giải quyết", "tiếp nhận mới" alone is handled by the families).</param>
/// <param name="ScopeOpeners">First words of a sentence that open a part of the unit (or another unit) for the rest of the paragraph ("riêng", "ở cấp", "tại khối").</param>
/// <param name="WholeMarkers">Words that name the whole unit and close such a part ("toàn tỉnh", "toàn huyện").</param>
public sealed record SetAsideCues(
    IReadOnlyList<string> HedgedBefore,
    IReadOnlyList<string> RoundedAfter,
    IReadOnlyList<string> ChangeBefore,
    IReadOnlyList<string> OtherPeriod,
    IReadOnlyList<string> Target,
    IReadOnlyList<string> NotCatalogBefore,
    IReadOnlyList<string> NotCatalog,
    IReadOnlyList<string> ScopeOpeners,
    IReadOnlyList<string> WholeMarkers)
{
    /// <summary>No cues: every number is read on its label alone.</summary>
    public static SetAsideCues None { get; } = new([], [], [], [], [], [], [], [], []);
}
