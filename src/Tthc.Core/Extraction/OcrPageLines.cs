using System.Text;
using Tthc.Core.Ocr;

namespace Tthc.Core.Extraction;

/// <summary>
/// The lines an OCR engine read on a page, made to read like the text they were printed from: specks read as
/// punctuation are dropped, a wide gap between words becomes a cell border (<c> | </c>), and the lines a paragraph was
/// wrapped into are joined again, so a sentence broken at the page's margin is one sentence to the reader (as in the
/// text version), and a blank line between paragraphs is kept as an empty line. A joined line keeps the number of its first line on the page and the lowest confidence of its lines.
/// </summary>
internal static class OcrPageLines
{
    /// <summary>The page's lines for the reader, none longer than <paramref name="maxLineChars"/> by joining.</summary>
    public static List<SourceLine> Read(OcrPage page, int maxLineChars)
    {
        var height = WordHeight(page);
        var rows = new List<Row>();
        foreach (var line in page.Lines)
        {
            if (ReadRow(line, page, height) is { } row)
            {
                rows.Add(row with { Number = rows.Count + 1 });
            }
        }

        var blockLeft = rows.Where(r => r.Box is not null).Select(r => r.Box!.Value.Left).DefaultIfEmpty(0).Min();
        var blockRight = rows.Where(r => r.Box is not null).Select(r => r.Box!.Value.Right).DefaultIfEmpty(0).Max();
        // Few lines leave no usual pitch to measure: a line pitch beyond 2.2 word heights is already more than 1.5 spacing.
        var pitch = Math.Min(UsualPitch(rows), height * 2.2);
        var lines = new List<SourceLine>();
        Row? open = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var breaks = i > 0 && IsParagraphBreak(rows[i - 1], row, pitch, height);
            if (open is { } previous && !breaks && Continues(previous, row, blockLeft, blockRight, height) && previous.Text.Length + 1 + row.Text.Length <= maxLineChars)
            {
                open = previous with { Text = previous.Text + " " + row.Text, Confidence = Math.Min(previous.Confidence, row.Confidence), Box = row.Box };
                continue;
            }

            if (open is not null)
            {
                lines.Add(open.Source(page.PageNumber));
            }

            if (breaks)
            {
                // The blank line between paragraphs, as in the text: it ends a sentence's scope ("Riêng …").
                lines.Add(new SourceLine(rows[i - 1].Number, string.Empty, false, page.PageNumber));
            }

            open = row;
        }

        if (open is not null)
        {
            lines.Add(open.Source(page.PageNumber));

            // A page whose last line stops well short of the margin ends its paragraph: the next page starts a new one.
            if (open.Box is { } last && height > 0 && last.Right < blockRight - (height * 3))
            {
                lines.Add(new SourceLine(open.Number, string.Empty, false, page.PageNumber));
            }
        }

        return lines;
    }

    /// <summary>The usual distance from one line's top to the next one's on the page (the median), in pixels.</summary>
    private static double UsualPitch(List<Row> rows)
    {
        var pitches = new List<double>();
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i - 1].Box is { } above && rows[i].Box is { } below)
            {
                pitches.Add(below.Top - above.Top);
            }
        }

        return pitches.Count == 0 ? 0 : pitches.Order().ElementAt(pitches.Count / 2);
    }

    /// <summary>A blank line between two lines: they are more than half a line further apart than the page's usual pitch.</summary>
    private static bool IsParagraphBreak(Row previous, Row next, double pitch, double height)
        => previous.Box is { } above && next.Box is { } below && height > 0 && pitch > 0 && below.Top - above.Top > pitch + (height * 0.6);

    /// <summary>
    /// True when <paramref name="next"/> carries on the paragraph of <paramref name="previous"/> (no blank line between
    /// them, checked by the caller): it starts at the left margin without a bullet or an item number, and its first word would not have fitted
    /// at the end of the line before (so the line was broken by the margin, not by the writer).
    /// </summary>
    private static bool Continues(Row previous, Row next, double blockLeft, double blockRight, double height)
    {
        if (previous.Table || next.Table || previous.Box is not { } above || next.Box is not { } below || height <= 0)
        {
            return false;
        }

        var atMargin = below.Left <= blockLeft + height;

        // A sheet laid askew moves the right margin by up to a character or so from line to line: allow one word height.
        var wouldNotFit = above.Right + (height * 0.3) + below.FirstWordWidth > blockRight - height;
        return atMargin && wouldNotFit && !StartsItem(next.Text);
    }

    /// <summary>A bullet ("- ", "+ ", "•") or an item number ("1. ", "2.1) ", "a) ") starts a line of its own.</summary>
    private static bool StartsItem(string text)
    {
        var t = text.TrimStart();
        if (t.Length == 0 || t[0] is '-' or '+' or '•' or '–' or '*' or '●' or '▪')
        {
            return true;
        }

        var i = 0;
        while (i < t.Length && (char.IsAsciiDigit(t[i]) || (t[i] == '.' && i > 0 && i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]))))
        {
            i++;
        }

        if (i is > 0 and <= 5 && i < t.Length - 1 && t[i] is '.' or ')' && t[i + 1] == ' ')
        {
            return t[..i].Split('.').All(g => g.Length <= 2);
        }

        return t.Length > 2 && char.IsLetter(t[0]) && t[1] == ')' && t[2] == ' ';
    }

    private static Row? ReadRow(OcrLine line, OcrPage page, double height)
    {
        if (line.Words is not { Count: > 0 } all)
        {
            return string.IsNullOrWhiteSpace(line.Text) ? null : new Row(0, line.Text.Normalize(NormalizationForm.FormC), false, Math.Clamp(line.Confidence, 0, 1), null);
        }

        var words = all.Where(w => !string.IsNullOrWhiteSpace(w.Text) && !IsSpeck(w, page, height)).OrderBy(w => w.Region.Left).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        // Word height stands for the font size: a gap of more than three of it is a column border, as in a text layer.
        var size = words.Select(w => w.Region.Height * page.Height).Order().ElementAt(words.Count / 2);
        var sb = new StringBuilder();
        var table = false;
        OcrRegion? previous = null;
        foreach (var word in words)
        {
            if (previous is not null)
            {
                var wide = (word.Region.Left - previous.Right) * page.Width > size * 3;
                sb.Append(wide ? " | " : " ");
                table |= wide;
            }

            sb.Append(word.Text);
            previous = word.Region;
        }

        var box = new LineBox(
            words.Min(w => w.Region.Left) * page.Width,
            words.Max(w => w.Region.Right) * page.Width,
            words.Select(w => w.Region.Top).Order().ElementAt(words.Count / 2) * page.Height,
            words[0].Region.Width * page.Width);
        var confidence = words.Count == all.Count ? line.Confidence : words.Average(w => w.Confidence);
        return new Row(0, sb.ToString().Normalize(NormalizationForm.FormC), table, Math.Clamp(confidence, 0, 1), box);
    }

    /// <summary>
    /// A speck of the scan read as a mark: no letter or digit, and either barely seen by the engine or far smaller
    /// than the text (a dot of dust read as "_", a scratch read as "—"). Real punctuation sits on its word.
    /// </summary>
    private static bool IsSpeck(OcrWord word, OcrPage page, double height)
    {
        if (word.Text.Any(char.IsLetterOrDigit))
        {
            return false;
        }

        var extent = Math.Max(word.Region.Width * page.Width, word.Region.Height * page.Height);
        return word.Confidence < 0.5 || (height > 0 && extent < height * 0.3);
    }

    /// <summary>The median height of the page's words with a letter or digit, in pixels (0 when the engine gives no words).</summary>
    private static double WordHeight(OcrPage page)
    {
        var heights = page.Lines.SelectMany(l => l.Words ?? []).Where(w => w.Text.Any(char.IsLetterOrDigit)).Select(w => w.Region.Height * page.Height).Order().ToList();
        return heights.Count == 0 ? 0 : heights[heights.Count / 2];
    }

    /// <summary>A line's extent in pixels; <paramref name="Top"/> is its words' median top (a tall capital or accent does not move it).</summary>
    private readonly record struct LineBox(double Left, double Right, double Top, double FirstWordWidth);

    private sealed record Row(int Number, string Text, bool Table, double Confidence, LineBox? Box)
    {
        public SourceLine Source(int page) => new(Number, Text, Table, page, Confidence);
    }
}
