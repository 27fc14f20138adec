using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Tthc.Core.Extraction.Narrative;
using Tthc.Core.Indicators;

namespace Tthc.Core.Extraction;

/// <summary>
/// Reads a Word report (.docx) with the Open XML SDK: paragraphs become lines, table rows become lines with
/// cells joined by <c> | </c>; nested tables are read down to <see cref="ExtractionLimits.MaxTableDepth"/>.
/// </summary>
public sealed class DocxReportReader(IndicatorCatalog catalog, ExtractionLimits limits) : IReportReader
{
    private readonly NarrativeExtractor extractor = new(catalog, limits);

    /// <inheritdoc />
    public string Format => "docx";

    /// <inheritdoc />
    public bool CanRead(ReportFile file)
        => ZipPackageGuard.IsZip(file.Content.Span)
            && (ZipPackageGuard.ReadPart(file.Content, "[Content_Types].xml", 64 * 1024).Contains("wordprocessingml.document", StringComparison.Ordinal)
                || ZipPackageGuard.HasEntry(file.Content, "word/document.xml"));

    /// <inheritdoc />
    public ParsedReport Read(ReportFile file, CancellationToken cancellationToken = default)
    {
        ZipPackageGuard.Verify(file, limits, cancellationToken);
        var lines = new List<SourceLine>();
        try
        {
            using var stream = new MemoryStream(file.Content.ToArray(), writable: false);
            using var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = limits.MaxZipEntryBytes });
            var body = doc.MainDocumentPart?.Document?.Body
                ?? throw new InputFormatException(file.FileName, null, "tệp Word không có nội dung / the document has no body.");
            foreach (var element in body.ChildElements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Add(element, lines, 0);
                if (lines.Count > limits.MaxLines)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException
            or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The packaging and Open XML layers report a damaged package with these types; all mean "not a readable file".
            throw new InputFormatException(file.FileName, null, $"không đọc được tệp Word / not a readable .docx ({ex.Message}).");
        }

        return extractor.Extract(file.FileName, Format, lines, cancellationToken);
    }

    private void Add(OpenXmlElement element, List<SourceLine> lines, int depth)
    {
        switch (element)
        {
            case Paragraph p:
                lines.Add(new SourceLine(lines.Count + 1, p.InnerText));
                break;
            case Table table when depth < limits.MaxTableDepth:
                foreach (var row in table.Elements<TableRow>())
                {
                    var cells = new List<string>();
                    var nested = new List<Table>();
                    foreach (var cell in row.Elements<TableCell>())
                    {
                        cells.Add(string.Join(' ', cell.Elements<Paragraph>().Select(p => p.InnerText)).Trim());
                        nested.AddRange(cell.Elements<Table>());
                    }

                    lines.Add(new SourceLine(lines.Count + 1, string.Join(" | ", cells), IsTableRow: true));
                    foreach (var inner in nested)
                    {
                        Add(inner, lines, depth + 1);
                    }
                }

                break;
            case SdtBlock block:
                foreach (var child in block.SdtContentBlock?.ChildElements ?? [])
                {
                    Add(child, lines, depth);
                }

                break;
        }
    }
}
