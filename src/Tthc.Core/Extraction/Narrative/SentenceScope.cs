namespace Tthc.Core.Extraction.Narrative;

/// <summary>Whose figures a sentence gives, judged from its first words.</summary>
internal enum SentenceScope
{
    /// <summary>Nothing said: the unit's, or whatever the paragraph is about.</summary>
    None,

    /// <summary>The whole unit, by name ("toàn tỉnh", "toàn huyện").</summary>
    Whole,

    /// <summary>The level below the unit ("cấp xã …", "Tại khối UBND các phường, xã …"): a breakdown.</summary>
    SubLevel,

    /// <summary>Another unit or a part of the unit ("Riêng Chi nhánh …", "Ở cấp huyện …" in a centre's report).</summary>
    OtherPart,

    /// <summary>The unit's own one-stop body ("Trung tâm Hành chính công huyện …", "Bộ phận một cửa …").</summary>
    OwnBody,
}
