namespace Tthc.Core.Extraction;

/// <summary>One line of a report as a reader produced it: text from a text file, a paragraph, a table row.</summary>
/// <param name="Number">1-based line (or row) number shown in evidence.</param>
/// <param name="Text">The line as written; table cells are joined with <c> | </c>.</param>
/// <param name="IsTableRow">True for a row of a table (a sentence on its own).</param>
public sealed record SourceLine(int Number, string Text, bool IsTableRow = false);
