using System.Text;
using Tthc.Core.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Tthc.Core.Extraction;

/// <summary>
/// The lines of one PDF page, numbered within the page: the words of its text layer grouped by baseline (PdfPig),
/// or the lines an OCR engine read. Left to right; a wide gap between words becomes a cell border (<c> | </c>).
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

    /// <summary>The lines an engine read on a page, with its confidence; words set apart by a wide gap become cells.</summary>
    public static List<SourceLine> FromOcr(OcrPage page)
    {
        var lines = new List<SourceLine>();
        foreach (var line in page.Lines)
        {
            var (text, table) = line.Words is { Count: > 1 } words ? Join(words, page.Width, page.Height) : (line.Text, false);
            if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add(new SourceLine(lines.Count + 1, text.Normalize(NormalizationForm.FormC), table, page.PageNumber, Math.Clamp(line.Confidence, 0, 1)));
            }
        }

        return lines;
    }

    private static (string Text, bool Table) Join(IReadOnlyList<OcrWord> words, int width, int height)
    {
        // Word height stands for the font size: a gap of more than three of it is a column border, as in a text layer.
        var sorted = words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.Region.Left).ToList();
        var size = sorted.Count == 0 ? 0 : sorted.Select(w => w.Region.Height * height).Order().ElementAt(sorted.Count / 2);
        var sb = new StringBuilder();
        var table = false;
        OcrRegion? previous = null;
        foreach (var word in sorted)
        {
            if (previous is not null)
            {
                var wide = (word.Region.Left - previous.Right) * width > size * 3;
                sb.Append(wide ? " | " : " ");
                table |= wide;
            }

            sb.Append(word.Text);
            previous = word.Region;
        }

        return (sb.ToString(), table);
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
