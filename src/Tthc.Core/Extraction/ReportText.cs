using System.Text;
using Tthc.Core.Text;

namespace Tthc.Core.Extraction;

/// <summary>Decoding of text reports: UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1258; normalised to NFC.</summary>
public static class ReportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes a text file; throws <see cref="InputFormatException"/> when it is not text.</summary>
    public static string Decode(ReportFile file)
    {
        var span = file.Content.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Clean(Encoding.Unicode.GetString(span[2..]));
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Clean(Encoding.BigEndianUnicode.GetString(span[2..]));
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (!LooksLikeText(span))
        {
            throw new InputFormatException(file.FileName, null, "tệp không phải văn bản (dữ liệu nhị phân) / the file is binary, not text.");
        }

        try
        {
            return Clean(StrictUtf8.GetString(span));
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the Vietnamese ANSI code page of older Windows editors.
            return Clean(Windows1258.Decode(span));
        }
    }

    /// <summary>
    /// Decodes a text file straight into numbered NFC lines (at most <paramref name="maxLines"/>) through a pooled
    /// buffer, so a large report does not leave a whole-file string on the large-object heap.
    /// </summary>
    public static IReadOnlyList<SourceLine> DecodeLines(ReportFile file, int maxLines)
    {
        var span = file.Content.Span;
        Encoding encoding;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = Encoding.Unicode;
            span = span[2..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = Encoding.BigEndianUnicode;
            span = span[2..];
        }
        else
        {
            if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                span = span[3..];
            }

            if (!LooksLikeText(span))
            {
                throw new InputFormatException(file.FileName, null, "tệp không phải văn bản (dữ liệu nhị phân) / the file is binary, not text.");
            }

            encoding = StrictUtf8;
        }

        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(16, encoding.GetMaxCharCount(span.Length)));
        try
        {
            int length;
            try
            {
                length = encoding.GetChars(span, buffer);
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8: the Vietnamese ANSI code page of older Windows editors.
                return SplitLines(Windows1258.Decode(span), maxLines);
            }

            var lines = new List<SourceLine>();
            var number = 0;
            foreach (var range in buffer.AsSpan(0, length).EnumerateLines())
            {
                if (++number > maxLines)
                {
                    break;
                }

                var line = range.ToString();
                lines.Add(new SourceLine(number, line.IsNormalized(NormalizationForm.FormC) ? line : line.Normalize(NormalizationForm.FormC)));
            }

            return lines;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether bytes look like text in one of the supported encodings (BOM, or few control bytes).</summary>
    public static bool LooksLikeText(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return false;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return true;
        }

        var sample = content[..Math.Min(content.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0 || (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C))
            {
                control++;
            }
        }

        return control * 100 <= sample.Length;
    }

    /// <summary>Splits text into numbered source lines, at most <paramref name="maxLines"/>.</summary>
    public static IReadOnlyList<SourceLine> SplitLines(string text, int maxLines)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var range in text.AsSpan().EnumerateLines())
        {
            if (++number > maxLines)
            {
                break;
            }

            lines.Add(new SourceLine(number, range.ToString()));
        }

        return lines;
    }

    /// <summary>The first bytes as text, leniently decoded, for format sniffing.</summary>
    public static string Head(ReadOnlySpan<byte> content, int bytes)
        => Encoding.UTF8.GetString(content[..Math.Min(bytes, content.Length)]);

    private static string Clean(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
}
