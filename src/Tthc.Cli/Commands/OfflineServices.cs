using Tthc.Ocr;
using Tthc.Pipeline;

namespace Tthc.Cli.Commands;

/// <summary>The services of commands that run without a host (<c>parse</c>, <c>doctor</c>): OCR and the review policy from the command's configuration (environment <c>Ocr__*</c>, <c>Review__ConfidenceThreshold</c>).</summary>
internal static class OfflineServices
{
    public static ServiceProvider Create()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return new ServiceCollection().AddLogging().AddTthcOcr(configuration).AddTthcReviewPolicy(configuration).BuildServiceProvider();
    }
}
