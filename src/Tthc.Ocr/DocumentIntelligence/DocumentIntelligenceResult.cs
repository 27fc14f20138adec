using System.Text.Json;
using Tthc.Core.Ocr;

namespace Tthc.Ocr.DocumentIntelligence;

/// <summary>
/// The page of a succeeded <c>analyzeResults</c> answer: <c>analyzeResult.pages[0]</c> with its <c>width</c>,
/// <c>height</c>, <c>lines</c> (content, polygon, spans) and <c>words</c> (content, polygon, confidence, span). A line's
/// words are those whose span lies in the line's spans; its confidence is their mean.
/// </summary>
internal static class DocumentIntelligenceResult
{
    public static OcrPage Read(JsonElement body, PageImage image)
    {
        var pages = body.GetProperty("analyzeResult").GetProperty("pages");
        if (pages.GetArrayLength() == 0)
        {
            return new OcrPage(image.PageNumber, image.Width, image.Height, []);
        }

        var page = pages[0];
        var width = page.TryGetProperty("width", out var w) ? w.GetDouble() : image.Width;
        var height = page.TryGetProperty("height", out var h) ? h.GetDouble() : image.Height;
        var words = page.TryGetProperty("words", out var ws)
            ? ws.EnumerateArray().Select(x => (Word: new OcrWord(x.GetProperty("content").GetString() ?? string.Empty, x.TryGetProperty("confidence", out var c) ? c.GetDouble() : 0, Region(x, width, height)), Offset: x.GetProperty("span").GetProperty("offset").GetInt32())).ToList()
            : [];
        var lines = new List<OcrLine>();
        foreach (var line in page.TryGetProperty("lines", out var ls) ? ls.EnumerateArray() : default)
        {
            var spans = line.GetProperty("spans").EnumerateArray().Select(s => (Offset: s.GetProperty("offset").GetInt32(), Length: s.GetProperty("length").GetInt32())).ToList();
            var own = words.Where(x => spans.Any(s => x.Offset >= s.Offset && x.Offset < s.Offset + s.Length)).Select(x => x.Word).ToList();
            var text = line.GetProperty("content").GetString() ?? string.Empty;
            lines.Add(new OcrLine(text, own.Count == 0 ? 0 : own.Average(x => x.Confidence), Region(line, width, height), own));
        }

        // The page image's pixel size, which word regions are fractions of (Document Intelligence measures images in pixels).
        return new OcrPage(image.PageNumber, (int)Math.Round(width), (int)Math.Round(height), lines);
    }

    private static OcrRegion Region(JsonElement element, double width, double height)
    {
        var points = element.GetProperty("polygon").EnumerateArray().Select(p => p.GetDouble()).ToArray();
        if (points.Length < 8)
        {
            return new OcrRegion(0, 0, 0, 0);
        }

        var xs = points.Where((_, i) => i % 2 == 0).ToArray();
        var ys = points.Where((_, i) => i % 2 == 1).ToArray();
        return OcrRegion.FromPixels(xs.Min(), ys.Min(), xs.Max() - xs.Min(), ys.Max() - ys.Min(), width, height);
    }
}
