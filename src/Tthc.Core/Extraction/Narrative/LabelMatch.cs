namespace Tthc.Core.Extraction.Narrative;

/// <summary>What a label means: an indicator code, a breakdown of one (by level, unit or system), or nothing.</summary>
/// <param name="Code">The catalog code, or null.</param>
/// <param name="IsBreakdown">True when the label names a part of the unit (a level, a sub-unit, a system), not the unit.</param>
/// <param name="Inherited">True when the domain or action came from the sentence's head rather than the label.</param>
public sealed record LabelMatch(string? Code, bool IsBreakdown, bool Inherited)
{
    /// <summary>No indicator.</summary>
    public static LabelMatch None { get; } = new(null, false, false);
}
