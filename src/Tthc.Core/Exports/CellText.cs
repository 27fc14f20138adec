namespace Tthc.Core.Exports;

/// <summary>
/// Neutralises spreadsheet formula injection (CSV/formula injection, OWASP): a text cell that starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is prefixed with a single quote, so a
/// unit named <c>=HYPERLINK(…)</c> is shown as text and never evaluated.
/// </summary>
public static class CellText
{
    /// <summary>The text made safe to put in a spreadsheet cell.</summary>
    public static string Escape(string text)
        => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
