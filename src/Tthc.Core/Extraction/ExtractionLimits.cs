namespace Tthc.Core.Extraction;

/// <summary>
/// Every bound the readers put on hostile or oversized input, in one place. A file beyond a bound is
/// rejected with an <see cref="InputFormatException"/> (size, zip) or read only up to the bound (lines, cells).
/// </summary>
/// <param name="MaxFileBytes">Largest file accepted at all; checked before anything is read.</param>
/// <param name="MaxZipEntries">Most entries a .docx/.xlsx package may hold.</param>
/// <param name="MaxZipEntryBytes">Largest uncompressed size of one XML part of a package (media parts count only towards the total).</param>
/// <param name="MaxZipTotalBytes">Largest uncompressed size of all package parts together.</param>
/// <param name="MaxCompressionRatio">Largest uncompressed/compressed ratio of a part (zip-bomb guard).</param>
/// <param name="MaxLines">Most lines (or table rows) read from a report.</param>
/// <param name="MaxLineChars">Characters of a line considered for matching (the rest is ignored).</param>
/// <param name="MaxEvidenceChars">Characters of a source line kept as evidence.</param>
/// <param name="MaxTableDepth">Deepest nesting of tables read in a .docx.</param>
/// <param name="MaxPdfPages">Most PDF pages read.</param>
/// <param name="MaxSheetRows">Most spreadsheet rows read per sheet.</param>
/// <param name="MaxSheetColumns">Most spreadsheet columns read per row.</param>
/// <param name="MaxXmlDepth">Deepest element nesting accepted in a package's XML part (guards the XML parsers' recursion).</param>
/// <param name="MaxNotValues">Most set-aside numbers kept in a parse result (the first ones in the file).</param>
public sealed record ExtractionLimits(
    long MaxFileBytes = 20 * 1024 * 1024,
    int MaxZipEntries = 2_000,
    long MaxZipEntryBytes = 16 * 1024 * 1024,
    long MaxZipTotalBytes = 64 * 1024 * 1024,
    int MaxCompressionRatio = 200,
    int MaxLines = 50_000,
    int MaxLineChars = 2_000,
    int MaxEvidenceChars = 500,
    int MaxTableDepth = 4,
    int MaxPdfPages = 200,
    int MaxSheetRows = 5_000,
    int MaxSheetColumns = 100,
    int MaxXmlDepth = 200,
    int MaxNotValues = 300)
{
    /// <summary>The limits used unless a host sets others.</summary>
    public static ExtractionLimits Default { get; } = new();
}
