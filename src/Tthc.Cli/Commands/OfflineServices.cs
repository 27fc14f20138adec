using Tthc.Ocr;

namespace Tthc.Cli.Commands;

/// <summary>The services of commands that run without a host (<c>parse</c>, <c>doctor</c>): OCR from the command's configuration (environment <c>Ocr__*</c>).</summary>
internal static class OfflineServices
{
    public static ServiceProvider Create()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return new ServiceCollection().AddLogging().AddTthcOcr(configuration).BuildServiceProvider();
    }
}
