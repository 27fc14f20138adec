using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tthc.Api;
using Tthc.Ocr;
using Tthc.Pipeline;
using Tthc.Storage;
using Tthc.Web;

namespace Tthc.Functions;

/// <summary>The Functions app's composition root: everything Program.cs registers, in one place the tests call too.</summary>
public static class FunctionsApplicationBuilderExtensions
{
    /// <summary>
    /// ASP.NET Core integration, the problem+json and authorization middlewares, the same registrations as <c>serve</c> and telemetry.
    /// Storage: service URIs + DefaultAzureCredential in Azure (Storage__*ServiceUri, Storage__ManagedIdentityClientId),
    /// Storage__ConnectionString locally (Azurite). OCR of scanned pages: Document Intelligence in Azure (Ocr__*).
    /// </summary>
    public static FunctionsApplicationBuilder AddTthcFunctions(this FunctionsApplicationBuilder builder)
    {
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<ApiProblemMiddleware>();

        // Every HTTP function is behind the API's authorization seam (their platform auth level is Anonymous).
        builder.UseMiddleware<ApiAccessMiddleware>();
        builder.Services.AddTthcOcr(builder.Configuration).AddTthcPipeline(builder.Configuration).AddTthcStorage(builder.Configuration).AddTthcApi().AddTthcWebApp();

        // Application Insights has local auth disabled, so telemetry is sent with the app's identity.
        var telemetry = builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
        if (!string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            telemetry.UseAzureMonitorExporter(o => o.Credential = new DefaultAzureCredential());
        }

        return builder;
    }
}
