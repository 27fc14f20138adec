namespace Tthc.Core.Extraction;

/// <summary>One line of a report as a reader produced it: text from a text file, a paragraph, a table row, a PDF or OCR line.</summary>
/// <param name="Number">1-based line (or row) number shown in evidence; within its page when <paramref name="Page"/> is set.</param>
/// <param name="Text">The line as written; table cells are joined with <c> | </c>.</param>
/// <param name="IsTableRow">True for a row of a table (a sentence on its own).</param>
/// <param name="Page">1-based page of a PDF, or null for formats without pages.</param>
/// <param name="Confidence">The OCR engine's confidence in the line (0–1), or null for a line read as text.</param>
public sealed record SourceLine(int Number, string Text, bool IsTableRow = false, int? Page = null, double? Confidence = null);
