using System.Text;
using Tthc.Core.Extraction.Narrative;
using Tthc.Core.Indicators;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Tthc.Core.Extraction;

/// <summary>
/// Reads a PDF that has a text layer with PdfPig: the words of each page are grouped into lines by baseline and
/// read left to right; a wide gap becomes a cell border (<c> | </c>). A PDF without text (a scan) is refused with
/// a message saying so: it needs OCR first.
/// </summary>
public sealed class PdfReportReader(IndicatorCatalog catalog, ExtractionLimits limits) : IReportReader
{
    private readonly NarrativeExtractor extractor = new(catalog, limits);

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public bool CanRead(ReportFile file)
    {
        var head = file.Content.Span[..Math.Min(file.Content.Length, 1024)];
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    /// <inheritdoc />
    public ParsedReport Read(ReportFile file, CancellationToken cancellationToken = default)
    {
        var lines = new List<SourceLine>();
        var letters = 0;
        try
        {
            using var document = PdfDocument.Open(file.Content.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = Math.Min(document.NumberOfPages, limits.MaxPdfPages);
            for (var p = 1; p <= pages && lines.Count <= limits.MaxLines; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(p);
                letters += page.Letters.Count;
                AddLines(page, lines);
            }
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or InputFormatException or OutOfMemoryException))
        {
            // PdfPig reports malformed files with many exception types of its own; all mean "not a readable PDF".
            throw new InputFormatException(file.FileName, null, $"không đọc được tệp PDF / not a readable PDF ({ex.GetType().Name}: {ex.Message}).");
        }

        if (letters == 0 || lines.All(l => string.IsNullOrWhiteSpace(l.Text)))
        {
            throw new InputFormatException(file.FileName, null, "tệp PDF là bản quét, không có lớp chữ; cần nhận dạng ký tự (OCR) trước / the PDF is a scan with no text layer; run OCR first.");
        }

        return extractor.Extract(file.FileName, Format, lines, cancellationToken);
    }

    private static void AddLines(Page page, List<SourceLine> lines)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        double baseline = 0, height = 0;
        foreach (var word in words)
        {
            var box = word.BoundingBox;
            if (current.Count > 0 && Math.Abs(box.Bottom - baseline) > Math.Max(1, height * 0.5))
            {
                lines.Add(Line(current, lines.Count + 1));
                current.Clear();
            }

            if (current.Count == 0)
            {
                baseline = box.Bottom;
                height = Math.Max(box.Height, 1);
            }

            current.Add(word);
        }

        if (current.Count > 0)
        {
            lines.Add(Line(current, lines.Count + 1));
        }
    }

    private static SourceLine Line(List<Word> words, int number)
    {
        var sorted = words.OrderBy(w => w.BoundingBox.Left).ToList();
        var sb = new StringBuilder();
        PdfRectangle? previous = null;
        var table = false;
        foreach (var word in sorted)
        {
            if (previous is { } prev)
            {
                var gap = word.BoundingBox.Left - prev.Right;
                var wide = gap > Math.Max(prev.Height, word.BoundingBox.Height) * 3;
                sb.Append(wide ? " | " : " ");
                table |= wide;
            }

            sb.Append(word.Text);
            previous = word.BoundingBox;
        }

        return new SourceLine(number, sb.ToString(), table);
    }
}
