using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Tthc.Core.Extraction;

/// <summary>
/// Checks an Office package (.docx, .xlsx) before any XML parser sees it: a zip at all, few enough entries,
/// each part's real uncompressed size and ratio within <see cref="ExtractionLimits"/> (read through a bounded
/// stream, since a zip bomb's headers lie), and its XML nested no deeper than the limit.
/// </summary>
public static class ZipPackageGuard
{
    /// <summary>Whether the bytes start like a zip archive.</summary>
    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8);

    /// <summary>Whether the package holds an entry of that name (no decompression).</summary>
    public static bool HasEntry(ReadOnlyMemory<byte> content, string name)
    {
        if (!IsZip(content.Span))
        {
            return false;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            return zip.GetEntry(name) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Verifies the package within the limits; throws <see cref="InputFormatException"/> otherwise.</summary>
    public static void Verify(ReportFile file, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(file.Content.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxZipEntries)
            {
                throw Reject(file, $"gói có {zip.Entries.Count} phần, quá giới hạn {limits.MaxZipEntries} / too many zip entries.");
            }

            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var isXml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
                var maxEntry = isXml ? limits.MaxZipEntryBytes : limits.MaxZipTotalBytes;
                if (entry.Length > maxEntry || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > limits.MaxCompressionRatio))
                {
                    throw Reject(file, $"phần '{entry.FullName}' giải nén quá lớn (nghi là bom zip) / part too large when uncompressed (zip bomb?).");
                }

                long read = 0;
                using (var stream = entry.Open())
                {
                    int n;
                    while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        read += n;
                        total += n;
                        if (read > maxEntry || total > limits.MaxZipTotalBytes
                            || (entry.CompressedLength > 0 && read / Math.Max(1, entry.CompressedLength) > limits.MaxCompressionRatio && read > 1024 * 1024))
                        {
                            throw Reject(file, $"phần '{entry.FullName}' giải nén vượt giới hạn (nghi là bom zip) / uncompressed size beyond the limit (zip bomb?).");
                        }
                    }
                }

                if (isXml)
                {
                    CheckDepth(file, entry, limits);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new InputFormatException(file.FileName, null, $"tệp nén hỏng / the package is not a valid zip ({ex.Message}).");
        }
    }

    /// <summary>The text of a small part (e.g. <c>[Content_Types].xml</c>), at most <paramref name="maxChars"/> characters, or empty.</summary>
    public static string ReadPart(ReadOnlyMemory<byte> content, string name, int maxChars)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry(name);
            if (entry is null)
            {
                return string.Empty;
            }

            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var buffer = new char[maxChars];
            var n = reader.ReadBlock(buffer, 0, maxChars);
            return new string(buffer, 0, n);
        }
        catch (InvalidDataException)
        {
            return string.Empty;
        }
    }

    private static void CheckDepth(ReportFile file, ZipArchiveEntry entry, ExtractionLimits limits)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = limits.MaxZipEntryBytes };
        try
        {
            using var xml = XmlReader.Create(entry.Open(), settings);
            while (xml.Read())
            {
                if (xml.Depth > limits.MaxXmlDepth)
                {
                    throw Reject(file, $"phần '{entry.FullName}' lồng quá sâu (hơn {limits.MaxXmlDepth} cấp) / XML nested too deeply.");
                }
            }
        }
        catch (XmlException ex)
        {
            throw Reject(file, $"phần '{entry.FullName}' không phải XML hợp lệ / invalid XML ({ex.Message}).");
        }
    }

    private static InputFormatException Reject(ReportFile file, string message) => new(file.FileName, null, message);
}
