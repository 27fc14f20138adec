using System.Net;
using System.Net.Http.Json;
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
/// The Functions app answers as <c>serve</c> does: the same request to the real <c>serve</c> host and to the app's
/// function behind <see cref="ApiProblemMiddleware"/> and <see cref="ApiAccessMiddleware"/> (built from the app's
/// composition root, on the same Azurite storage) gives the same status, content type and problem+json body — for
/// refused uploads, and for calls without a key (401) or outside the key's scope (403), which never reach the function.
/// </summary>
public sealed class ApiProblemMiddlewareTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int MaxFileBytes = 64;
    private readonly string suffix = Guid.NewGuid().ToString("N")[..10];
    private readonly string adminKey = Tthc.Core.Access.AccessKeySecret.Generate().Key;
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
        ["Auth:AdminKey"] = adminKey,
    };

    public async ValueTask InitializeAsync()
    {
        serve = await LocalHost.StartAsync(
            new LocalHostOptions { Port = 0, Settings = Settings.ToDictionary(s => s.Key, s => (string?)s.Value), LogLevel = LogLevel.Warning },
            TestContext.Current.CancellationToken);
        http = new HttpClient { BaseAddress = serve.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", adminKey);
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

    [Fact]
    public async Task NoKey_SameProblemAsServe_AndTheFunctionDoesNotRun()
    {
        using var fromServe = await new HttpClient { BaseAddress = serve!.BaseAddress }.GetAsync("api/rollups/ha-tinh/2026-Q1", TestContext.Current.CancellationToken);
        var ran = false;
        var fromFunctions = await CallThroughTheAppAsync(HttpMethods.Get, "/api/rollups/ha-tinh/2026-Q1", [], key: null, _ =>
        {
            ran = true;
            return Task.FromResult(Results.Ok());
        });

        Assert.Equal(HttpStatusCode.Unauthorized, fromServe.StatusCode);
        Assert.Equal(StatusCodes.Status401Unauthorized, fromFunctions.Status);
        Assert.False(ran);
        Assert.Equal("application/problem+json", fromFunctions.ContentType?.Split(';')[0]);
        Assert.Equal(WithoutTraceId(await fromServe.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), WithoutTraceId(fromFunctions.Body));
    }

    [Fact]
    public async Task WebAppPage_NeedsNoKey_AndIsThePageServeServes()
    {
        using var fromServe = await new HttpClient { BaseAddress = serve!.BaseAddress }.GetAsync("/", TestContext.Current.CancellationToken);
        var fromFunctions = await CallThroughTheAppAsync(HttpMethods.Get, "/", [], key: null, context =>
            Task.FromResult(ActivatorUtilities.CreateInstance<WebApp>(context.RequestServices).Run(context.Request, path: null)));

        Assert.Equal(StatusCodes.Status200OK, fromFunctions.Status);
        Assert.Equal("text/html; charset=utf-8", fromFunctions.ContentType);
        Assert.Equal(await fromServe.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), fromFunctions.Body);
    }

    [Fact]
    public async Task WebAppCatchAll_NeverAnswersAnApiPath()
    {
        var fromFunctions = await CallThroughTheAppAsync(HttpMethods.Get, "/api/nothing-here", [], key: null, context =>
            Task.FromResult(ActivatorUtilities.CreateInstance<WebApp>(context.RequestServices).Run(context.Request, path: "api/nothing-here")));

        Assert.Equal(StatusCodes.Status401Unauthorized, fromFunctions.Status);
    }

    [Fact]
    public async Task UnitKeyUploadingForAnotherUnit_SameForbiddenAsServe_AndNothingIsStored()
    {
        using var made = await http!.PostAsJsonAsync("api/keys", new { role = "unit", scope = "xa-b" }, TestContext.Current.CancellationToken);
        var key = JsonDocument.Parse(await made.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("key").GetString()!;
        var csv = Encoding.UTF8.GetBytes("unit,period,indicator,value\nxa-a,2026-Q1,dossiers.received,99\n");
        using var asUnitB = new HttpClient { BaseAddress = serve!.BaseAddress };
        asUnitB.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);

        using var fromServe = await asUnitB.PostAsync("api/reports/xa-a/q1.csv", new ByteArrayContent(csv), TestContext.Current.CancellationToken);
        var fromFunctions = await UploadThroughTheAppAsync("xa-a", "q1.csv", csv, key);

        Assert.Equal(HttpStatusCode.Forbidden, fromServe.StatusCode);
        Assert.Equal(StatusCodes.Status403Forbidden, fromFunctions.Status);
        Assert.Equal(WithoutTraceId(await fromServe.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), WithoutTraceId(fromFunctions.Body));
        var container = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, "reports-" + suffix);
        Assert.Empty(await container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "submissions/", TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken));
    }

    private Task<(int Status, string? ContentType, string Body)> UploadThroughTheAppAsync(string unit, string fileName, byte[] body, string? key = null)
        => CallThroughTheAppAsync(HttpMethods.Post, $"/api/reports/{unit}/{fileName}", body, key ?? adminKey, async context =>
            await ActivatorUtilities.CreateInstance<UploadReport>(context.RequestServices).RunAsync(context.Request, unit, fileName, TestContext.Current.CancellationToken));

    // As the worker runs an HTTP function: the app's middlewares in their order around the invocation, then the function's IResult executed on the response.
    private async Task<(int Status, string? ContentType, string Body)> CallThroughTheAppAsync(string method, string path, byte[] body, string? key, Func<HttpContext, Task<IResult>> function)
    {
        using var scope = functions!.Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
        if (key is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + key;
        }

        using var response = new MemoryStream();
        context.Response.Body = response;
        var problems = ActivatorUtilities.CreateInstance<ApiProblemMiddleware>(functions.Services);
        var access = ActivatorUtilities.CreateInstance<ApiAccessMiddleware>(functions.Services);
        var invocation = new InvocationContext(scope.ServiceProvider, context);

        await problems.Invoke(invocation, c => access.Invoke(c, async _ => await (await function(context)).ExecuteAsync(context)));

        return (context.Response.StatusCode, context.Response.ContentType, Encoding.UTF8.GetString(response.ToArray()));
    }

    private static string WithoutTraceId(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.True(node.Remove("traceId"));
        return node.ToJsonString();
    }
}
