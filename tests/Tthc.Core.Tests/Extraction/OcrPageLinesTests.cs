using Tthc.Core.Extraction;
using Tthc.Core.Ocr;

namespace Tthc.Core.Tests.Extraction;

/// <summary>
/// OCR lines made to read like the text they were printed from, on a page laid out as a 300 dpi A4 scan: text from
/// x = 280 to about 2200 pixels, words 40 pixels high, a line every 66 pixels.
/// </summary>
public sealed class OcrPageLinesTests
{
    private const int Width = 2480;
    private const int Height = 3508;
    private const int Left = 280;
    private const int Pitch = 66;

    [Fact]
    public void Read_ParagraphWrappedAtTheMargin_IsOneLineWithItsFirstLinesNumberAndLowestConfidence()
    {
        var page = Page(
            Words(300, 0.96, "Từ ngày 5/12/2020 đến 15/11/2021, bộ phận một cửa thị xã đã tiếp nhận tổng cộng"),
            Words(300 + Pitch, 0.91, "7.604 hồ sơ, trong đó có 326 hồ sơ kỳ trước chuyển sang."));

        var line = Assert.Single(OcrPageLines.Read(page, 2000), l => l.Text.Length > 0);

        Assert.Equal("Từ ngày 5/12/2020 đến 15/11/2021, bộ phận một cửa thị xã đã tiếp nhận tổng cộng 7.604 hồ sơ, trong đó có 326 hồ sơ kỳ trước chuyển sang.", line.Text);
        Assert.Equal((1, 1, 0.91), (line.Number, line.Page!.Value, Math.Round(line.Confidence!.Value, 2)));
    }

    [Fact]
    public void Read_SpeckReadAsADashBeforeAWrappedLine_IsDroppedAndTheLineStillJoins()
    {
        var speck = new OcrWord("—", 0.19, OcrRegion.FromPixels(189, 300 + Pitch, 3, 26, Width, Height));
        var second = Words(300 + Pitch, 0.91, "7.604 hồ sơ.");
        var page = Page(Words(300, 0.96, "Từ ngày 5/12/2020 đến 15/11/2021, bộ phận một cửa thị xã đã tiếp nhận tổng cộng"), second with { Words = [speck, .. second.Words!] });

        var line = Assert.Single(OcrPageLines.Read(page, 2000), l => l.Text.Length > 0);

        Assert.EndsWith("tổng cộng 7.604 hồ sơ.", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankLineBetweenParagraphs_IsKeptAsAnEmptyLineAndEndsThePage()
    {
        var page = Page(
            Words(300, 0.96, "Chỉ tính riêng trong tuần đã có tổng cộng 1.129 lượt tổ chức, công dân đến giao dịch"),
            Words(300 + (2 * Pitch), 0.96, "Số hồ sơ tiếp nhận trực tuyến là 108 hồ sơ."));

        var lines = OcrPageLines.Read(page, 2000);

        Assert.Equal(["Chỉ tính riêng trong tuần đã có tổng cộng 1.129 lượt tổ chức, công dân đến giao dịch", string.Empty, "Số hồ sơ tiếp nhận trực tuyến là 108 hồ sơ.", string.Empty], lines.Select(l => l.Text));
        Assert.Equal([1, 1, 2, 2], lines.Select(l => l.Number));
    }

    [Fact]
    public void Read_LineEndedByTheWriterOrNextLineABullet_StaysApart()
    {
        var page = Page(
            Words(300, 0.96, "Kết quả như sau:"),
            Words(300 + Pitch, 0.96, "Số hồ sơ đã giải quyết: 5.656 hồ sơ."),
            Words(300 + (2 * Pitch), 0.96, "- Số hồ sơ đang giải quyết: 40 hồ sơ; trong đó quá hạn 2 hồ sơ và trong hạn 38"),
            Words(300 + (3 * Pitch), 0.96, "- Trả trước hạn 1.555 hồ sơ."));

        var lines = OcrPageLines.Read(page, 2000).Where(l => l.Text.Length > 0).Select(l => l.Text).ToList();

        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public void Read_JoinedLineWouldPassTheLineBound_StaysApart()
    {
        var page = Page(
            Words(300, 0.96, "Từ ngày 5/12/2020 đến 15/11/2021, bộ phận một cửa thị xã đã tiếp nhận tổng cộng"),
            Words(300 + Pitch, 0.91, "7.604 hồ sơ."));

        Assert.Equal(2, OcrPageLines.Read(page, 90).Count(l => l.Text.Length > 0));
    }

    private static OcrPage Page(params OcrLine[] lines) => new(1, Width, Height, lines);

    /// <summary>A line of words 40 pixels high, 24 pixels a character and a 24-pixel space, from the left margin.</summary>
    private static OcrLine Words(int top, double confidence, string text)
    {
        var x = Left;
        var words = new List<OcrWord>();
        foreach (var word in text.Split(' '))
        {
            words.Add(new OcrWord(word, confidence, OcrRegion.FromPixels(x, top, word.Length * 24, 40, Width, Height)));
            x += (word.Length + 1) * 24;
        }

        return new OcrLine(text, confidence, OcrRegion.FromPixels(Left, top, x - Left, 40, Width, Height), words);
    }
}
