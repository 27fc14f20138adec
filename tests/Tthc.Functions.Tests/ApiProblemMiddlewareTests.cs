using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tthc.LocalHosting;
using Tthc.Testing;

namespace Tthc.Functions.Tests;

/// <summary>
/// The Functions app answers an upload as <c>serve</c> does: the same request to the real <c>serve</c> host and to the
/// app's <see cref="UploadReport"/> behind <see cref="ApiProblemMiddleware"/> (built from the app's composition root,
/// on the same Azurite storage) gives the same status, content type and problem+json body.
/// </summary>
public sealed class ApiProblemMiddlewareTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int MaxFileBytes = 64;
    private readonly string suffix = Guid.NewGuid().ToString("N")[..10];
    private LocalHost? serve;
    private IHost? functions;
    private HttpClient? http;

    public static TheoryData<string, string, int> RefusedUploads => new()
    {
        { "Xa_A", "bao-cao.csv", 10 },
        { "xa-a", new string('t', 201), 10 },
        { "xa-a", "bao-cao.csv", MaxFileBytes + 1 },
        { "xa-a", "bao-cao.csv", 0 },
    };

    private Dictionary<string, string> Settings => new()
    {
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["ReportsContainer"] = "reports-" + suffix,
        ["ParseQueue"] = "parse-" + suffix,
        ["Storage:TablePrefix"] = "t" + suffix,
        ["Upload:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public async ValueTask InitializeAsync()
    {
        serve = await LocalHost.StartAsync(
            new LocalHostOptions { Port = 0, Settings = Settings.ToDictionary(s => s.Key, s => (string?)s.Value), LogLevel = LogLevel.Warning },
            TestContext.Current.CancellationToken);
        http = new HttpClient { BaseAddress = serve.BaseAddress };
        functions = CompositionRoot.Build(Settings);
    }

    public async ValueTask DisposeAsync()
    {
        http?.Dispose();
        functions?.Dispose();
        if (serve is not null)
        {
            await serve.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(RefusedUploads))]
    public async Task RefusedUpload_SameProblemAsServe(string unit, string fileName, int length)
    {
        var body = new byte[length];

        using var fromServe = await http!.PostAsync($"api/reports/{unit}/{fileName}", new ByteArrayContent(body), TestContext.Current.CancellationToken);
        var fromFunctions = await UploadThroughTheAppAsync(unit, fileName, body);

        Assert.True(fromServe.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, fromServe.StatusCode.ToString());
        Assert.Equal((int)fromServe.StatusCode, fromFunctions.Status);
        Assert.Equal("application/problem+json", fromServe.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/problem+json", fromFunctions.ContentType?.Split(';')[0]);
        Assert.Equal(WithoutTraceId(await fromServe.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), WithoutTraceId(fromFunctions.Body));
    }

    [Fact]
    public async Task AcceptedUpload_IsTheSubmissionServeSees()
    {
        var csv = Encoding.UTF8.GetBytes("unit,period,indicator,value\nxa-a,2026-Q1,dossiers.received,12\n");

        var fromFunctions = await UploadThroughTheAppAsync("xa-a", "q1.csv", csv);
        using var again = await http!.PostAsync("api/reports/xa-a/q1.csv", new ByteArrayContent(csv), TestContext.Current.CancellationToken);

        Assert.Equal(StatusCodes.Status202Accepted, fromFunctions.Status);
        var accepted = JsonDocument.Parse(fromFunctions.Body).RootElement;
        Assert.False(accepted.GetProperty("duplicate").GetBoolean());
        var duplicate = JsonDocument.Parse(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(accepted.GetProperty("submissionId").GetString(), duplicate.GetProperty("submissionId").GetString());
        Assert.True(duplicate.GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task NonHttpFunctionFault_IsRethrownForTheQueueToRetry()
    {
        using var scope = functions!.Services.CreateScope();
        var middleware = ActivatorUtilities.CreateInstance<ApiProblemMiddleware>(functions.Services);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => middleware.Invoke(new InvocationContext(scope.ServiceProvider, http: null), _ => throw new InvalidOperationException("storage down")));

        Assert.Equal("storage down", error.Message);
    }

    // As the worker runs an HTTP function: the middleware around the invocation, then the function's IResult executed on the response.
    private async Task<(int Status, string? ContentType, string Body)> UploadThroughTheAppAsync(string unit, string fileName, byte[] body)
    {
        using var scope = functions!.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = $"/api/reports/{unit}/{fileName}";
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
        using var response = new MemoryStream();
        context.Response.Body = response;
        var function = ActivatorUtilities.CreateInstance<UploadReport>(scope.ServiceProvider);
        var middleware = ActivatorUtilities.CreateInstance<ApiProblemMiddleware>(functions.Services);

        await middleware.Invoke(
            new InvocationContext(scope.ServiceProvider, context),
            async _ => await (await function.RunAsync(context.Request, unit, fileName, TestContext.Current.CancellationToken)).ExecuteAsync(context));

        return (context.Response.StatusCode, context.Response.ContentType, Encoding.UTF8.GetString(response.ToArray()));
    }

    private static string WithoutTraceId(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.True(node.Remove("traceId"));
        return node.ToJsonString();
    }
}
