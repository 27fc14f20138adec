namespace Tthc.Core.Extraction.Narrative;

/// <summary>A value the scanner read for a code, before the best reading per code is chosen.</summary>
/// <param name="Code">Catalog code.</param>
/// <param name="Value">The value.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="LineIndex">0-based index of the source line holding the number.</param>
/// <param name="TokenIndex">Index of the number's token.</param>
/// <param name="Sentence">Index of the sentence it was read in (the scope a conflicting restatement is judged by).</param>
internal sealed record ValueCandidate(string Code, decimal Value, double Confidence, int LineIndex, int TokenIndex = -1, int Sentence = -1);
