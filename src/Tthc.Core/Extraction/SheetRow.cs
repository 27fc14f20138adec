namespace Tthc.Core.Extraction;

/// <summary>One spreadsheet row as read: its 1-based row number and cell texts by column (merged areas filled).</summary>
/// <param name="Number">1-based row number in the sheet.</param>
/// <param name="Cells">Cell texts, index = column (0 = A); empty for blank cells.</param>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    /// <summary>The non-empty cells joined with <c> | </c>, as a source line.</summary>
    public string Text => string.Join(" | ", Cells.Where(c => c.Length > 0));
}
