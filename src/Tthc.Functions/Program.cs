using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tthc.Api;
using Tthc.Pipeline;
using Tthc.Storage;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

// The same registrations as `serve`. Storage: service URIs + DefaultAzureCredential in Azure
// (Storage__*ServiceUri, Storage__ManagedIdentityClientId), Storage__ConnectionString locally (Azurite).
builder.Services.AddTthcPipeline(builder.Configuration).AddTthcStorage(builder.Configuration).AddTthcApi();

// Application Insights has local auth disabled, so telemetry is sent with the app's identity.
var telemetry = builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
if (!string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
{
    telemetry.UseAzureMonitorExporter(o => o.Credential = new DefaultAzureCredential());
}

await builder.Build().RunAsync();
