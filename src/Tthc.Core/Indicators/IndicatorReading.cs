namespace Tthc.Core.Indicators;

/// <summary>What the narrative reader knows of an indicator: the label families that name it.</summary>
/// <param name="Head">
/// True when a value of it read after a sentence's head becomes the head of the clauses after it
/// ("Tiếp nhận: 3.120; đã giải quyết: 3.000 (đúng hạn 2.990, quá hạn 10)").
/// </param>
/// <param name="Families">The label families, each enough on its own to name the indicator.</param>
/// <param name="ReadAfterParts">
/// A total is normally not read in a sentence whose head is one of its parts (there it restates the sentence's
/// whole); true when a value of it is read there all the same.
/// </param>
public sealed record IndicatorReading(bool Head, IReadOnlyList<LabelFamily> Families, bool ReadAfterParts = false)
{
    /// <summary>An indicator the narrative reader does not look for.</summary>
    public static IndicatorReading None { get; } = new(false, []);
}
