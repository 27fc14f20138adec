using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Tthc.Core.Extraction;

/// <summary>
/// The lines of one PDF page's text layer, numbered within the page: its words grouped by baseline (PdfPig), left to
/// right; a wide gap between words becomes a cell border (<c> | </c>). Lines an OCR engine read are <see cref="OcrPageLines"/>.
/// </summary>
internal static class PdfPageText
{
    /// <summary>The text layer's lines; empty when the page has no text (a scan).</summary>
    public static List<SourceLine> FromTextLayer(Page page)
    {
        var lines = new List<SourceLine>();
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        double baseline = 0, height = 0;
        foreach (var word in words)
        {
            var box = word.BoundingBox;
            if (current.Count > 0 && Math.Abs(box.Bottom - baseline) > Math.Max(1, height * 0.5))
            {
                lines.Add(Line(current, lines.Count + 1, page.Number));
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
            lines.Add(Line(current, lines.Count + 1, page.Number));
        }

        return lines;
    }

    private static SourceLine Line(List<Word> words, int number, int page)
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

        return new SourceLine(number, sb.ToString(), table, page);
    }
}
