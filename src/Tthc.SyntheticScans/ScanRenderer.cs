using SkiaSharp;

namespace Tthc.SyntheticScans;

/// <summary>
/// Draws report text on A4 page images the way a scanner would return a signed paper report — slightly rotated,
/// specked, with a red stamp and a signature on the last page — and wraps them in a PDF of images only (no text
/// layer), or as a PDF with a text layer (<see cref="RenderTextPdf"/>). Lines longer than the page wrap; a table row's cells (<c>a | b</c>) are set apart by a wide gap.
/// </summary>
public sealed class ScanRenderer : IDisposable
{
    private const float PageWidth = 595;
    private const float PageHeight = 842;
    private const float Left = 64;
    private const float Right = 48;
    private const float Top = 56;
    private const float Bottom = 56;

    private readonly ScanStyle style;
    private readonly SKTypeface typeface;
    private readonly SKFont font;

    /// <summary>Creates a renderer; throws <see cref="FileNotFoundException"/> when the font is not installed.</summary>
    public ScanRenderer(ScanStyle style, string? fontPath = null)
    {
        this.style = style;
        var path = fontPath ?? ScanFont.Find() ?? throw new FileNotFoundException($"DejaVu Serif is not installed; {ScanFont.InstallHint}");
        typeface = SKTypeface.FromFile(path) ?? throw new FileNotFoundException($"{path} is not a font.");
        font = new SKFont(typeface, style.FontSize) { Subpixel = true, Edging = SKFontEdging.Antialias };
    }

    /// <summary>The number of pages <paramref name="lines"/> take.</summary>
    public int PageCount(IEnumerable<string> lines) => Layout(lines).Count;

    /// <summary>A PDF of page images of <paramref name="lines"/>.</summary>
    public byte[] RenderPdf(IEnumerable<string> lines)
    {
        var pages = Layout(lines);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Producer = "Tthc.SyntheticScans", RasterDpi = style.Dpi }))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                using var data = RenderPage(pages[i], i, last: i == pages.Count - 1);
                using var image = SKImage.FromEncodedData(data);
                var canvas = document.BeginPage(PageWidth, PageHeight);
                canvas.DrawImage(image, new SKRect(0, 0, PageWidth, PageHeight));
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The same pages typeset as a word processor exports them: a PDF whose text is a text layer (no skew, specks or
    /// stamp), so it reads without OCR. The font is embedded, Vietnamese letters and all.
    /// </summary>
    public byte[] RenderTextPdf(IEnumerable<string> lines)
    {
        var pages = Layout(lines);
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Producer = "Tthc.SyntheticScans" }))
        {
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            foreach (var page in pages)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                DrawRows(canvas, page, ink);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    /// <summary>The page images of <paramref name="lines"/> as JPEG.</summary>
    public IReadOnlyList<byte[]> RenderJpegPages(IEnumerable<string> lines)
    {
        var pages = Layout(lines);
        return [.. pages.Select((page, i) =>
        {
            using var data = RenderPage(page, i, last: i == pages.Count - 1);
            return data.ToArray();
        })];
    }

    /// <inheritdoc />
    public void Dispose()
    {
        font.Dispose();
        typeface.Dispose();
    }

    private List<List<string[]>> Layout(IEnumerable<string> lines)
    {
        var lineHeight = style.FontSize * 1.45f;
        var perPage = (int)((PageHeight - Top - Bottom) / lineHeight);
        var rows = new List<string[]>();
        foreach (var line in lines)
        {
            var text = line.TrimEnd('\r').Replace('\t', ' ');
            if (text.Contains(" | ", StringComparison.Ordinal) || text.Contains('|', StringComparison.Ordinal) && text.Trim().Length > 1)
            {
                var cells = text.Split('|', StringSplitOptions.TrimEntries);
                if (Width(cells) <= PageWidth - Left - Right)
                {
                    rows.Add(cells);
                    continue;
                }

                text = string.Join("   ", cells);
            }

            foreach (var wrapped in Wrap(text))
            {
                rows.Add([wrapped]);
            }
        }

        var pages = new List<List<string[]>>();
        for (var i = 0; i < rows.Count; i += perPage)
        {
            pages.Add(rows.GetRange(i, Math.Min(perPage, rows.Count - i)));
        }

        return pages.Count == 0 ? [[]] : pages;
    }

    private float Gap => style.FontSize * 5;

    private float Width(string[] cells) => cells.Sum(c => font.MeasureText(c)) + (Gap * (cells.Length - 1));

    private IEnumerable<string> Wrap(string text)
    {
        var max = PageWidth - Left - Right;
        if (font.MeasureText(text) <= max)
        {
            yield return text;
            yield break;
        }

        var current = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > max)
            {
                yield return current;
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            yield return current;
        }
    }

    private SKData RenderPage(List<string[]> rows, int index, bool last)
    {
        var scale = style.Dpi / 72f;
        var info = new SKImageInfo((int)(PageWidth * scale), (int)(PageHeight * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(new SKColor(250, 249, 245));
        canvas.Save();
        canvas.Scale(scale);
        var angle = (float)(index % 2 == 0 ? style.RotationDegrees : -style.RotationDegrees * 0.7);
        canvas.RotateDegrees(angle, PageWidth / 2, PageHeight / 2);
        using var ink = new SKPaint { Color = new SKColor(25, 25, 30), IsAntialias = true };
        var y = DrawRows(canvas, rows, ink);
        if (last && style.Stamp)
        {
            DrawStampAndSignature(canvas, Math.Min(y + 30, PageHeight - 110));
        }

        canvas.Restore();
        var random = new Random(style.Seed * 7919 + index);
        using var pixmap = surface.PeekPixels();
        AddSpecks(pixmap, random);
        using var image = surface.Snapshot();
        return image.Encode(SKEncodedImageFormat.Jpeg, style.JpegQuality);
    }

    /// <summary>Draws the rows of a page from its top margin; returns the baseline below the last one.</summary>
    private float DrawRows(SKCanvas canvas, List<string[]> rows, SKPaint ink)
    {
        var y = Top + style.FontSize;
        foreach (var cells in rows)
        {
            var x = Left;
            foreach (var cell in cells)
            {
                canvas.DrawText(cell, x, y, SKTextAlign.Left, font, ink);
                x += font.MeasureText(cell) + Gap;
            }

            y += style.FontSize * 1.45f;
        }

        return y;
    }

    private void DrawStampAndSignature(SKCanvas canvas, float top)
    {
        var center = new SKPoint(PageWidth - Right - 120, top + 45);
        using var red = new SKPaint { Color = new SKColor(200, 30, 40, 170), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2.2f };
        canvas.DrawCircle(center, 42, red);
        canvas.DrawCircle(center, 30, red);
        using var star = new SKPath();
        for (var k = 0; k < 10; k++)
        {
            var r = k % 2 == 0 ? 9f : 4f;
            var a = (Math.PI / 5 * k) - (Math.PI / 2);
            var p = new SKPoint(center.X + (float)(r * Math.Cos(a)), center.Y + (float)(r * Math.Sin(a)));
            if (k == 0)
            {
                star.MoveTo(p);
            }
            else
            {
                star.LineTo(p);
            }
        }

        star.Close();
        using var fill = new SKPaint { Color = red.Color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(star, fill);
        using var small = new SKFont(typeface, 6.5f);
        using var arc = new SKPath();
        arc.AddArc(new SKRect(center.X - 36, center.Y - 36, center.X + 36, center.Y + 36), 180, 180);
        canvas.DrawTextOnPath("ỦY BAN NHÂN DÂN", arc, 8, 0, SKTextAlign.Left, small, fill);

        // A signature: a loose pen stroke across the stamp's lower edge.
        using var pen = new SKPaint { Color = new SKColor(20, 40, 140, 220), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.4f };
        using var signature = new SKPath();
        signature.MoveTo(center.X - 60, center.Y + 30);
        signature.CubicTo(center.X - 30, center.Y - 5, center.X - 10, center.Y + 50, center.X + 15, center.Y + 20);
        signature.CubicTo(center.X + 30, center.Y + 5, center.X + 45, center.Y + 40, center.X + 70, center.Y + 25);
        canvas.DrawPath(signature, pen);
    }

    private void AddSpecks(SKPixmap pixmap, Random random)
    {
        if (style.Noise <= 0)
        {
            return;
        }

        var pixels = pixmap.GetPixelSpan<uint>();
        var count = (int)(pixels.Length * style.Noise);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(pixels.Length);
            var grey = (uint)random.Next(60, 200);
            pixels[at] = 0xFF000000u | (grey << 16) | (grey << 8) | grey;
        }
    }
}
