using System.Text;

namespace Tthc.Core.Extraction;

/// <summary>Decoding of text reports: UTF-8 (with or without BOM) and UTF-16 with BOM.</summary>
public static class ReportText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes a text file; throws <see cref="InputFormatException"/> when it is not text.</summary>
    public static string Decode(ReportFile file)
    {
        var span = file.Content.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        try
        {
            return StrictUtf8.GetString(span).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            throw new InputFormatException(file.FileName, null, "tệp không phải văn bản UTF-8 / the file is not UTF-8 text.");
        }
    }

    /// <summary>The first bytes as text, leniently decoded, for format sniffing.</summary>
    public static string Head(ReadOnlySpan<byte> content, int bytes)
        => Encoding.UTF8.GetString(content[..Math.Min(bytes, content.Length)]);
}
