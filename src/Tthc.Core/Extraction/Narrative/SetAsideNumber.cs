namespace Tthc.Core.Extraction.Narrative;

/// <summary>A number the scanner saw and did not take as a value, with why.</summary>
/// <param name="TokenIndex">Index of the number's token.</param>
/// <param name="Why">The reason.</param>
/// <param name="Code">The indicator its label names, if any.</param>
internal sealed record SetAsideNumber(int TokenIndex, NotValueReason Why, string? Code);
