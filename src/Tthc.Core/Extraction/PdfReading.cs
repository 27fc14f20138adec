using Tthc.Core.Validation;

namespace Tthc.Core.Extraction;

/// <summary>The lines of a PDF, page after page, and how they were read.</summary>
/// <param name="Lines">Lines with their page and their number within it.</param>
/// <param name="OcrPages">Pages read by OCR (0 when every page had a text layer).</param>
/// <param name="Findings">Bounds met (pages skipped).</param>
public sealed record PdfReading(IReadOnlyList<SourceLine> Lines, int OcrPages, IReadOnlyList<Finding> Findings);
