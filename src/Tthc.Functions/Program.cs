using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Tthc.Functions;

// Everything is registered by AddTthcFunctions, which tests/Tthc.Functions.Tests builds the same way.
var builder = FunctionsApplication.CreateBuilder(args);
builder.AddTthcFunctions();
await builder.Build().RunAsync();
