using System.Globalization;
using Tthc.Core.Ocr;

namespace Tthc.Ocr.Tesseract;

/// <summary>
/// Tesseract's TSV output: one row per page/block/paragraph/line/word (level 1–5) with its box; word rows (level 5)
/// carry a confidence 0–100 (-1 for none) and the text. Words are gathered into their lines.
/// </summary>
internal static class TesseractTsv
{
    public static OcrPage Parse(int pageNumber, int width, int height, string tsv)
    {
        var lines = new List<(int Block, int Paragraph, int Line, Box Box, List<(string Text, double Confidence, Box Box)> Words)>();
        var pageWidth = width;
        var pageHeight = height;
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < 11 || !int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                continue; // the header or a blank line
            }

            var box = new Box(Int(cells[6]), Int(cells[7]), Int(cells[8]), Int(cells[9]));
            var (block, paragraph, line) = (Int(cells[2]), Int(cells[3]), Int(cells[4]));
            switch (level)
            {
                case 1 when pageWidth <= 0 || pageHeight <= 0:
                    (pageWidth, pageHeight) = (box.Width, box.Height);
                    break;
                case 4:
                    lines.Add((block, paragraph, line, box, []));
                    break;
                case 5 when cells.Length >= 12 && !string.IsNullOrWhiteSpace(cells[11]) && lines.Count > 0:
                    var current = lines[^1];
                    if (current.Block == block && current.Paragraph == paragraph && current.Line == line)
                    {
                        var confidence = double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && c >= 0 ? c / 100 : 0;
                        current.Words.Add((cells[11].Trim(), confidence, box));
                    }

                    break;
            }
        }

        var result = new List<OcrLine>();
        foreach (var line in lines.Where(l => l.Words.Count > 0))
        {
            var words = line.Words.Select(w => new OcrWord(w.Text, w.Confidence, Region(w.Box, pageWidth, pageHeight))).ToList();
            result.Add(new OcrLine(string.Join(' ', words.Select(w => w.Text)), words.Average(w => w.Confidence), Region(line.Box, pageWidth, pageHeight), words));
        }

        return new OcrPage(pageNumber, pageWidth, pageHeight, result);
    }

    private static OcrRegion Region(Box box, int width, int height)
        => OcrRegion.FromPixels(box.Left, box.Top, box.Width, box.Height, Math.Max(width, 1), Math.Max(height, 1));

    private static int Int(string text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private readonly record struct Box(int Left, int Top, int Width, int Height);
}
