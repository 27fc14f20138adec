namespace Tthc.Core.Indicators;

/// <summary>How the drafted results paragraphs (<see cref="Exports.RollupNarrative"/>) name an indicator.</summary>
/// <param name="Paragraph">The paragraph its sentence goes in, for an indicator that heads a sentence (its parts go in its sentence); null for a part.</param>
/// <param name="Phrase">The words for it in a sentence ("Tổng số hồ sơ đã tiếp nhận", "tiếp nhận trực tuyến"); null: its label.</param>
public sealed record IndicatorDraft(int? Paragraph = null, string? Phrase = null);
