namespace Tthc.Core.Extraction;

/// <summary>
/// A number the reader saw and set aside, with why: kept in the parse result so a person sees what was skipped
/// (a hedged headline figure, a level breakdown, last year's figure, a decree number…).
/// </summary>
/// <param name="Text">The words around the number as written in the report.</param>
/// <param name="Line">1-based line of the number.</param>
/// <param name="Why">Why it is not the unit's value.</param>
/// <param name="Code">The indicator its label names, when it names one.</param>
public sealed record NotValue(string Text, int Line, NotValueReason Why, string? Code = null);
