using System.ComponentModel.DataAnnotations;
using Tthc.Core.Ocr;

namespace Tthc.Ocr;

/// <summary>Which OCR engine reads scanned PDF pages, and its bounds. Bound from the section <c>Ocr</c>.</summary>
public sealed class OcrOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Ocr";

    /// <summary>The local engine (Tesseract, pages rendered by pdftoppm): the default.</summary>
    public const string Tesseract = "tesseract";

    /// <summary>Azure AI Document Intelligence's Read model (pages sent as their embedded scan images).</summary>
    public const string DocumentIntelligence = "document-intelligence";

    /// <summary>No OCR: scanned pages wait as <c>needs-ocr</c>.</summary>
    public const string None = "none";

    /// <summary><see cref="Tesseract"/>, <see cref="DocumentIntelligence"/> or <see cref="None"/>.</summary>
    [Required]
    [AllowedValues(Tesseract, DocumentIntelligence, None)]
    public string Engine { get; set; } = Tesseract;

    /// <summary>The tesseract program (a name on PATH or a full path).</summary>
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>The pdftoppm program (poppler-utils).</summary>
    public string PdftoppmPath { get; set; } = "pdftoppm";

    /// <summary>Tesseract's language (the traineddata of <c>tesseract-ocr-vie</c>).</summary>
    [Required]
    public string Language { get; set; } = "vie";

    /// <summary>Tesseract's page segmentation mode: 6 (one uniform block) keeps table rows whole.</summary>
    [Range(0, 13)]
    public int PageSegmentation { get; set; } = 6;

    /// <summary>Most scanned pages of one file sent to OCR.</summary>
    [Range(1, 1000)]
    public int MaxPages { get; set; } = ScanLimits.Default.MaxPages;

    /// <summary>Largest page image in pixels.</summary>
    [Range(1_000_000, 200_000_000)]
    public long MaxPixelsPerPage { get; set; } = ScanLimits.Default.MaxPixelsPerPage;

    /// <summary>Longest time for rendering and reading one page.</summary>
    public TimeSpan PageTimeout { get; set; } = ScanLimits.Default.PageTimeout;

    /// <summary>Resolution pages are rendered at.</summary>
    [Range(72, 600)]
    public int Dpi { get; set; } = ScanLimits.Default.Dpi;

    /// <summary>Pages of one file read at the same time.</summary>
    [Range(1, 16)]
    public int ParallelPages { get; set; } = ScanLimits.Default.ParallelPages;

    /// <summary>The Document Intelligence resource's endpoint (https://NAME.cognitiveservices.azure.com/).</summary>
    public Uri? DocumentIntelligenceEndpoint { get; set; }

    /// <summary>The client id of the user-assigned managed identity that signs in to Document Intelligence (Azure).</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The Document Intelligence REST API version.</summary>
    public string ApiVersion { get; set; } = "2024-11-30";

    /// <summary>How often an analysis under way is asked for its result when the service does not say (Retry-After).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The bounds as Core's record.</summary>
    public ScanLimits Limits => new(MaxPages, MaxPixelsPerPage, PageTimeout, Dpi, ParallelPages);
}
