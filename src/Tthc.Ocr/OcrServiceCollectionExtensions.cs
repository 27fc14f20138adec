using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tthc.Core.Extraction;
using Tthc.Core.Ocr;
using Tthc.Ocr.DocumentIntelligence;
using Tthc.Ocr.Tesseract;

namespace Tthc.Ocr;

/// <summary>Registers the OCR engine chosen by <see cref="OcrOptions.Engine"/> and the PDF page reader that uses it.</summary>
public static class OcrServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IOcrEngine"/>, <see cref="IPageRenderer"/> and a <see cref="ScannedPageReader"/> (which the
    /// pipeline's parser picks up) from the section <c>Ocr</c>; with <c>Ocr:Engine=none</c> scanned pages wait as needs-ocr.
    /// </summary>
    public static IServiceCollection AddTthcOcr(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OcrOptions>().Bind(configuration.GetSection(OcrOptions.SectionName)).ValidateDataAnnotations()
            .Validate(o => o.Engine != OcrOptions.DocumentIntelligence || o.DocumentIntelligenceEndpoint is { IsAbsoluteUri: true }, "Ocr:DocumentIntelligenceEndpoint must be set to the resource's https endpoint when Ocr:Engine is document-intelligence.")
            .Validate(o => o.PageTimeout > TimeSpan.Zero, "Ocr:PageTimeout must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OcrStatistics>();
        services.TryAddSingleton<TesseractOcrEngine>();
        services.TryAddSingleton<PdftoppmPageRenderer>();
        services.TryAddSingleton<EmbeddedImagePageRenderer>();
        services.AddHttpClient<DocumentIntelligenceOcrEngine>(h => h.Timeout = TimeSpan.FromSeconds(100));
        services.TryAddSingleton<TokenCredential>(sp => new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = sp.GetRequiredService<IOptions<OcrOptions>>().Value.ManagedIdentityClientId,
        }));

        // Tesseract reads pages pdftoppm renders; Document Intelligence reads the scans embedded in the PDF (nothing to install in Azure).
        var cloud = configuration.GetSection(OcrOptions.SectionName)[nameof(OcrOptions.Engine)] == OcrOptions.DocumentIntelligence;
        services.TryAddSingleton<IOcrEngine>(sp => cloud ? sp.GetRequiredService<DocumentIntelligenceOcrEngine>() : sp.GetRequiredService<TesseractOcrEngine>());
        services.TryAddSingleton<IPageRenderer>(sp => cloud ? sp.GetRequiredService<EmbeddedImagePageRenderer>() : sp.GetRequiredService<PdftoppmPageRenderer>());
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<OcrOptions>>().Value;
            var limits = sp.GetService<ExtractionLimits>() ?? ExtractionLimits.Default;
            return options.Engine == OcrOptions.None
                ? new ScannedPageReader(limits)
                : new ScannedPageReader(sp.GetRequiredService<IOcrEngine>(), sp.GetRequiredService<IPageRenderer>(), options.Limits, limits);
        });
        return services;
    }
}
